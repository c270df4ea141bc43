import { JournalEntryCard } from "@/components/journal-entry";
import { ReplyForm } from "@/components/reply-form";
import type { JournalEntry } from "@/lib/moods/journal";
import { formatDay } from "@/lib/moods/local-date";
import { editReplyAction, replyAction } from "../../review/actions";

/**
 * A check-in on the patient's record with what its psychiatrist can do about it: reply, or edit
 * their own reply, whether or not the entry is still in the review queue.
 */
export function EntryWithReply(props: { entry: JournalEntry; patientId: number; patientName: string; psychiatristId: number }) {
  const { entry, patientId, patientName, psychiatristId } = props;
  const day = formatDay(entry.date);
  const returnTo = `/patients/${patientId}`;
  const mine = entry.reply !== null && entry.reply.authorId === psychiatristId;
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
