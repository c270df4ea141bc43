"use client";

// A client component for the reason JournalEntryCard is one: a record draws 30 of these.
import { JournalEntryCard } from "@/components/journal-entry";
import { ReplyForm } from "@/components/reply-form";
import type { JournalCard } from "@/lib/moods/journal-card";
import { editReplyAction, replyAction } from "../../review/actions";

/**
 * A check-in on the patient's record with what its psychiatrist can do about it: reply, or edit
 * their own reply, whether or not the entry is still in the review queue. `ownReply` is the
 * entry's reply when the reader wrote it.
 */
export function EntryWithReply(props: { entry: JournalCard; ownReply: { id: number; text: string } | null; patientId: number; patientName: string }) {
  const { entry, ownReply, patientId, patientName } = props;
  const day = entry.day;
  const returnTo = `/patients/${patientId}`;
  return (
    <div className="flex flex-col gap-2">
      <JournalEntryCard entry={entry} actions={false} />
      {(ownReply || entry.reply === null) && (
        <details className="rounded-lg border border-calm-200 bg-white px-4 py-2">
          <summary className="cursor-pointer font-medium text-calm-700">
            {ownReply ? "Edit your reply" : "Reply"}
            <span className="sr-only"> to {day}</span>
          </summary>
          <div className="pt-3 pb-2">
            {ownReply ? (
              <ReplyForm
                action={editReplyAction}
                target={{ name: "replyId", value: ownReply.id }}
                label={`Edit your reply to ${patientName}`}
                defaultText={ownReply.text}
                submitLabel="Save reply"
                submitContext={`to ${day}`}
                returnTo={returnTo}
              />
            ) : (
              <ReplyForm
                action={replyAction}
                target={{ name: "entryId", value: entry.id }}
                label={`Reply to ${patientName}`}
                submitLabel="Send reply"
                submitContext={`to ${day}`}
                returnTo={returnTo}
              />
            )}
          </div>
        </details>
      )}
    </div>
  );
}
