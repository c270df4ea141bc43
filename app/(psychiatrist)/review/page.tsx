import type { Metadata } from "next";
import Link from "next/link";
import { MoodFace } from "@/components/mood-face";
import { ReplyForm } from "@/components/reply-form";
import { ReplyText } from "@/components/reply-text";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { formatDay } from "@/lib/moods/local-date";
import { cappedCount } from "@/lib/format/capped-count";
import { type QueueEntry, reviewQueue, unreviewedCount } from "@/lib/review/queue";
import { WAITING_COUNT_LIMIT } from "@/lib/review/waiting-limit";
import { editReplyAction, markAllShownReviewedAction, markReviewedAction, replyAction } from "./actions";

export const metadata: Metadata = { title: "Review" };

type Params = { replied?: string; edited?: string; reviewed?: string };

function noticeFor(params: Params): string | null {
  if (params.replied) return "Reply sent. The entry is marked reviewed.";
  if (params.edited) return "Reply updated.";
  if (params.reviewed !== undefined) {
    const n = Number.parseInt(params.reviewed, 10) || 0;
    return n === 0 ? "Nothing was marked: those entries were no longer waiting for you." : `${n} ${n === 1 ? "entry" : "entries"} marked reviewed.`;
  }
  return null;
}

const entries = (n: number) => `${cappedCount(n, WAITING_COUNT_LIMIT)} ${n === 1 ? "entry" : "entries"}`;

const secondaryButton =
  "w-full rounded-md border border-calm-600 px-4 py-2 font-medium text-calm-700 hover:bg-calm-100 sm:w-auto";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireRole("psychiatrist");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const [queue, total] = await Promise.all([reviewQueue({ id: me.id, ip }), unreviewedCount(me.id)]);
  const notice = noticeFor(params);

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-semibold text-calm-800">Review</h1>
      {notice && (
        <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
          {notice}
        </p>
      )}
      {queue.length === 0 ? (
        <p className="rounded-xl border border-calm-200 bg-white p-5">Nothing waiting for review.</p>
      ) : (
        <>
          <p className="text-muted">
            {entries(total)} waiting, lowest moods first, then oldest.
            {total > queue.length && ` Showing the first ${queue.length}.`}
          </p>
          <ul aria-label="Entries waiting for review" className="flex flex-col gap-4">
            {queue.map((entry) => (
              <li key={entry.id}>
                <QueueCard entry={entry} psychiatristId={me.id} />
              </li>
            ))}
          </ul>
          <form action={markAllShownReviewedAction} className="flex flex-col gap-2 rounded-xl border border-calm-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
            {queue.map((entry) => (
              <input key={entry.id} type="hidden" name="entryId" value={entry.id} />
            ))}
            <p className="text-muted">Read them all? Mark the {entries(queue.length)} above reviewed at once.</p>
            <button type="submit" className={secondaryButton}>
              Mark all shown as reviewed
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function QueueCard({ entry, psychiatristId }: { entry: QueueEntry; psychiatristId: number }) {
  const nameId = `entry-${entry.id}-patient`;
  const dateId = `entry-${entry.id}-date`;
  const day = formatDay(entry.date);
  const context = `${entry.patientName}, ${day}`;
  const { reply } = entry;
  const mine = reply?.authorId === psychiatristId;
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
            edited={reply.editedAt !== null}
          />
          {mine && (
            <details className="rounded-lg border border-calm-200 px-4 py-2">
              <summary className="cursor-pointer font-medium text-calm-700">
                Edit reply<span className="sr-only"> to {context}</span>
              </summary>
              <div className="pt-3 pb-2">
                <ReplyForm
                  action={editReplyAction}
                  target={{ name: "replyId", value: reply.id }}
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
        <button type="submit" className={secondaryButton}>
          Mark reviewed<span className="sr-only"> {context}</span>
        </button>
      </form>
    </article>
  );
}
