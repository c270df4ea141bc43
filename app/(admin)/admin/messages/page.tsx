import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ItemControls } from "@/components/library/item-controls";
import { LibraryList } from "@/components/library/library-list";
import { listDailyMessages } from "@/lib/admin/library/admin-messages";
import { libraryViewFrom } from "@/lib/admin/library/library-view";
import { shortText } from "@/lib/format/short-text";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { deactivateMessageAction, reactivateMessageAction } from "./actions";
import { MessageCard } from "./message-card";

export const metadata: Metadata = { title: "Daily messages" };

type Params = { status?: string; q?: string; page?: string; done?: string };

export default async function AdminMessagesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const list = await listDailyMessages({ id: me.id, ip }, libraryViewFrom(params));
  if (!list) forbidden();
  return (
    <LibraryList
      kind="message"
      title="Daily messages"
      intro="Each check-in shows one active message, a different one every day until the patient has seen them all. A message patients have been given can be deactivated but not deleted, so their history still shows it."
      notice={params.done}
      list={list}
      item={(message, returnTo) => (
        <MessageCard message={message}>
          <ItemControls
            kind="message"
            item={message}
            context={`the message “${shortText(message.text)}”`}
            returnTo={returnTo}
            deactivate={deactivateMessageAction}
            reactivate={reactivateMessageAction}
          />
        </MessageCard>
      )}
    />
  );
}
