"use client";

// A client component although nothing in it is interactive: a journal page or a patient's
// record draws 30 of these, and as a server component each card's element tree went through
// React's server payload and was read back to make the HTML. As a client component only the
// entry's fields travel (journalCard, docs/performance.md).
import Link from "next/link";
import { MoodFace } from "@/components/mood-face";
import { ReplyText } from "@/components/reply-text";
import type { JournalCard } from "@/lib/moods/journal-card";

/**
 * One day in the journal: the mood with its word, what the patient wrote, what they did, and
 * their psychiatrist's reply.
 */
export function JournalEntryCard({ entry, actions = true }: { entry: JournalCard; actions?: boolean }) {
  const headingId = `entry-${entry.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {entry.day}
        </h2>
        {entry.edited && <span className="rounded-full bg-calm-100 px-2 py-0.5 text-sm text-calm-800">Edited</span>}
      </div>
      <div className="mt-2">
        <MoodFace mood={entry.mood} />
      </div>
      {entry.note && <p className="mt-2 whitespace-pre-line break-words">{entry.note}</p>}
      {(entry.minutes > 0 || entry.taskTitle) && (
        <p className="mt-2 text-sm text-muted">
          {[
            entry.minutes > 0 ? `${entry.minutes} minute${entry.minutes === 1 ? "" : "s"} of mindfulness` : null,
            entry.taskTitle ? `Task: ${entry.taskTitle}${entry.taskDone ? " (done)" : ""}` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      )}
      {entry.reply && (
        <ReplyText
          title={`Reply from ${entry.reply.authorName ?? "your psychiatrist"}`}
          text={entry.reply.text}
          edited={entry.reply.edited}
        />
      )}
      {actions && (
        <div className="mt-3 flex gap-3 text-sm">
          <Link href={`/journal/${entry.id}/edit`} className="rounded-md border border-calm-600 px-3 py-1.5 font-medium text-calm-700 hover:bg-calm-100">
            Edit<span className="sr-only"> {entry.day}</span>
          </Link>
          <Link href={`/journal/${entry.id}/delete`} className="rounded-md border border-warn px-3 py-1.5 font-medium text-warn hover:bg-red-50">
            Delete<span className="sr-only"> {entry.day}</span>
          </Link>
        </div>
      )}
    </article>
  );
}
