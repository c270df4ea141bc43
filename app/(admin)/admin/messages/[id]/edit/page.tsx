import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActiveBadge } from "@/components/library/active-badge";
import { dailyMessage } from "@/lib/admin/library/admin-messages";
import { usageText } from "@/lib/admin/library/library-view";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { updateMessageAction } from "../../actions";
import { MessageForm } from "../../message-form";

export const metadata: Metadata = { title: "Edit a message" };

export default async function EditMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("admin");
  const messageId = parseId((await params).id);
  const message = messageId === null ? null : await dailyMessage({ id: me.id, ip: await requestAddress() }, messageId);
  if (!message) notFound();
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <p>
        <Link href="/admin/messages" className="font-medium text-calm-700 underline">
          ← Messages
        </Link>
      </p>
      <h1 className="text-3xl font-semibold text-calm-800">Edit a message</h1>
      <p className="flex flex-wrap items-center gap-2">
        <ActiveBadge active={message.active} />
        <span>{usageText(message.usage)}</span>
      </p>
      {!message.deletable && (
        <p className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-900">
          Patients have been shown this message: their history will show what you save here.
        </p>
      )}
      <MessageForm action={updateMessageAction} messageId={message.id} text={message.text} submitLabel="Save changes" />
    </section>
  );
}
