import type { JournalEntry } from "./journal";
import { formatDay } from "./local-date";

/**
 * What a journal card shows of an entry, and no more: it travels to the browser, which draws the
 * card (components/journal-entry.tsx). The day is written out here, on the server, so the
 * browser's copy matches the HTML whatever its locale data.
 */
export type JournalCard = Pick<JournalEntry, "id" | "mood" | "note" | "minutes" | "taskTitle" | "taskDone" | "edited"> & {
  /** The entry's date as people say it ("Friday 20 November 2026"). */
  day: string;
  /** authorName is null once the author's account is gone. */
  reply: { authorName: string | null; text: string; edited: boolean } | null;
};

export function journalCard(entry: JournalEntry): JournalCard {
  const { id, mood, note, minutes, taskTitle, taskDone, edited, reply } = entry;
  return {
    id,
    day: formatDay(entry.date),
    mood,
    note,
    minutes,
    taskTitle,
    taskDone,
    edited,
    reply: reply && { authorName: reply.authorName, text: reply.text, edited: reply.editedAt !== null },
  };
}
