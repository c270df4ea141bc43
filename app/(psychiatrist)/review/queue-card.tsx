"use client";

// A client component although only its forms are interactive: the queue draws 50 of these, and
// as a server component each card's element tree went through React's server payload and was
// read back to make the HTML, the larger part of the page's cost. As a client component only what
// the card shows travels (decision 16). The day comes written out by the server, so the
// browser's copy matches the HTML whatever its locale data.
import Link from "next/link";
import { MoodFace } from "@/components/mood-face";
import { ReplyForm } from "@/components/reply-form";
import { ReplyText } from "@/components/reply-text";
import { SECONDARY_BUTTON } from "@/components/forms/secondary-button";
import type { QueueEntry } from "@/lib/review/queue";
import { editReplyAction, markReviewedAction, replyAction } from "./actions";

/** What a queue card shows of an entry. */
export type QueueCardEntry = Pick<QueueEntry, "id" | "patientId" | "patientName" | "mood" | "note" | "minutes"> & {
  /** The entry's date as people say it. */
  day: string;
  /** `ownId` is the reply's id when the reader wrote it, so may edit it; otherwise null. */
  reply: { authorName: string | null; text: string; edited: boolean; ownId: number | null } | null;
};

/** An entry waiting for review, with the reply (or the form to write one) and the button that marks it read. */
export function QueueCard({ entry }: { entry: QueueCardEntry }) {
  const nameId = `entry-${entry.id}-patient`;
  const dateId = `entry-${entry.id}-date`;
  const { day, reply } = entry;
  const context = `${entry.patientName}, ${day}`;
  const mine = reply !== null && reply.ownId !== null;
  return (
    <article aria-labelledby={`${nameId} ${dateId}`} className="flex flex-col gap-3 rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={nameId} className="text-lg font-semibold">
          <Link href={`/patients/${entry.patientId}`} className="text-calm-700 underline underline-offset-4 hover:text-calm-800">
            {entry.patientName}
          </Link>
        </h2>
        <p id={dateId} className="text-muted">
          {day}
        </p>
      </div>
      <MoodFace mood={entry.mood} />
      {entry.note ? <p className="whitespace-pre-line break-words">{entry.note}</p> : <p className="text-muted">No note.</p>}
      <p className="text-sm text-muted">
        {entry.minutes > 0 ? `${entry.minutes} minute${entry.minutes === 1 ? "" : "s"} of mindfulness` : "No mindfulness minutes"}
      </p>
      {reply ? (
        <>
          <ReplyText
            title={mine ? "Your reply" : `Reply from ${reply.authorName ?? "a former psychiatrist"}`}
            text={reply.text}
            edited={reply.edited}
          />
          {reply.ownId !== null && (
            <details className="rounded-lg border border-calm-200 px-4 py-2">
              <summary className="cursor-pointer font-medium text-calm-700">
                Edit reply<span className="sr-only"> to {context}</span>
              </summary>
              <div className="pt-3 pb-2">
                <ReplyForm
                  action={editReplyAction}
                  target={{ name: "replyId", value: reply.ownId }}
                  label={`Edit your reply to ${entry.patientName}`}
                  describedBy={dateId}
                  defaultText={reply.text}
                  submitLabel="Save reply"
                  submitContext={`to ${context}`}
                />
              </div>
            </details>
          )}
        </>
      ) : (
        <ReplyForm
          action={replyAction}
          target={{ name: "entryId", value: entry.id }}
          label={`Reply to ${entry.patientName}`}
          describedBy={dateId}
          submitLabel="Send reply"
          submitContext={`to ${context}`}
        />
      )}
      <form action={markReviewedAction}>
        <input type="hidden" name="entryId" value={entry.id} />
        <button type="submit" className={SECONDARY_BUTTON}>
          Mark reviewed<span className="sr-only"> {context}</span>
        </button>
      </form>
    </article>
  );
}
