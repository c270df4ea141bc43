import type { Metadata } from "next";
import { SECONDARY_BUTTON } from "@/components/forms/secondary-button";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { formatDay } from "@/lib/moods/local-date";
import { cappedCount } from "@/lib/format/capped-count";
import { type QueueEntry, reviewQueue, unreviewedCount } from "@/lib/review/queue";
import { WAITING_COUNT_LIMIT } from "@/lib/review/waiting-limit";
import { markAllShownReviewedAction } from "./actions";
import { QueueCard, type QueueCardEntry } from "./queue-card";

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

/** What the browser is sent of an entry for its card: what it shows, with the day written out. */
function cardEntry(entry: QueueEntry, readerId: number): QueueCardEntry {
  const { id, patientId, patientName, mood, note, minutes, reply } = entry;
  return {
    id,
    patientId,
    patientName,
    mood,
    note,
    minutes,
    day: formatDay(entry.date),
    reply: reply && { authorName: reply.authorName, text: reply.text, edited: reply.editedAt !== null, ownId: reply.authorId === readerId ? reply.id : null },
  };
}

const entries = (n: number) => `${cappedCount(n, WAITING_COUNT_LIMIT)} ${n === 1 ? "entry" : "entries"}`;

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
                <QueueCard entry={cardEntry(entry, me.id)} />
              </li>
            ))}
          </ul>
          <form action={markAllShownReviewedAction} className="flex flex-col gap-2 rounded-xl border border-calm-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
            {queue.map((entry) => (
              <input key={entry.id} type="hidden" name="entryId" value={entry.id} />
            ))}
            <p className="text-muted">Read them all? Mark the {entries(queue.length)} above reviewed at once.</p>
            <button type="submit" className={SECONDARY_BUTTON}>
              Mark all shown as reviewed
            </button>
          </form>
        </>
      )}
    </section>
  );
}
