"use client";

// A client component for the reason JournalEntryCard is one: a record draws 30 of these.
import { JournalEntryCard } from "@/components/journal-entry";
import { ReplyForm } from "@/components/reply-form";
import type { JournalCard } from "@/lib/moods/journal-card";
import { editReplyAction, replyAction } from "../../review/actions";

/**
 * A check-in on the patient's record with what its psychiatrist can do about it: reply, or edit
 * their own reply, whether or not the entry is still in the review queue. `mine` is whether its
 * reply, if any, is the reader's own.
 */
export function EntryWithReply(props: { entry: JournalCard; mine: boolean; patientId: number; patientName: string }) {
  const { entry, mine, patientId, patientName } = props;
  const day = entry.day;
  const returnTo = `/patients/${patientId}`;
  return (
    <div className="flex flex-col gap-2">
      <JournalEntryCard entry={entry} actions={false} />
      {(mine || entry.reply === null) && (
        <details className="rounded-lg border border-calm-200 bg-white px-4 py-2">
          <summary className="cursor-pointer font-medium text-calm-700">
            {mine ? "Edit your reply" : "Reply"}
            <span className="sr-only"> to {day}</span>
          </summary>
          <div className="pt-3 pb-2">
            {mine ? (
              <ReplyForm
                action={editReplyAction}
                target={{ name: "replyId", value: entry.reply!.id }}
                label={`Edit your reply to ${patientName}`}
                defaultText={entry.reply!.text}
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
