import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteConfirmation } from "@/components/library/delete-confirmation";
import { dailyMessage } from "@/lib/admin/library/admin-messages";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { deleteMessageAction } from "../../actions";
import { MessageCard } from "../../message-card";

export const metadata: Metadata = { title: "Delete a message" };

export default async function DeleteMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("admin");
  const messageId = parseId((await params).id);
  const message = messageId === null ? null : await dailyMessage({ id: me.id, ip: await requestAddress() }, messageId);
  if (!message) notFound();
  return (
    <DeleteConfirmation kind="message" item={message} action={deleteMessageAction}>
      <MessageCard message={message} />
    </DeleteConfirmation>
  );
}
