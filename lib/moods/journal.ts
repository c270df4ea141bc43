import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { entryReplies, mindfulnessTasks, moodEntries, moodEntryRevisions, users } from "@/db/schema";
import type { LocalDate } from "./local-date";

export const JOURNAL_PAGE_SIZE = 20;

export type JournalEntry = {
  id: number;
  date: LocalDate;
  mood: number;
  note: string | null;
  minutes: number;
  taskTitle: string | null;
  taskDone: boolean;
  edited: boolean;
  /** The psychiatrist's reply, if they wrote one. */
  reply: JournalReply | null;
};

/** authorName is null once the author's account is gone: the reply itself stays. */
export type JournalReply = {
  id: number;
  authorId: number | null;
  text: string;
  authorName: string | null;
  createdAt: Date;
  editedAt: Date | null;
};

export type JournalPage = { entries: JournalEntry[]; page: number; pageCount: number; total: number };

const edited = sql<number>`exists (select 1 from ${moodEntryRevisions} where ${moodEntryRevisions.entryId} = ${moodEntries.id})`;

const entryColumns = {
  id: moodEntries.id,
  date: moodEntries.entryDate,
  mood: moodEntries.mood,
  note: moodEntries.note,
  minutes: moodEntries.mindfulnessMinutes,
  taskTitle: mindfulnessTasks.title,
  taskDoneAt: moodEntries.taskDoneAt,
  edited,
  replyId: entryReplies.id,
  replyAuthorId: entryReplies.authorId,
  replyText: entryReplies.text,
  replyCreatedAt: entryReplies.createdAt,
  replyEditedAt: entryReplies.editedAt,
  replyAuthorFirst: users.firstName,
  replyAuthorLast: users.lastName,
};

function selectEntries() {
  return getDb()
    .select(entryColumns)
    .from(moodEntries)
    .leftJoin(mindfulnessTasks, eq(mindfulnessTasks.id, moodEntries.taskId))
    .leftJoin(entryReplies, eq(entryReplies.entryId, moodEntries.id))
    .leftJoin(users, eq(users.id, entryReplies.authorId))
    .$dynamic();
}

function toEntry(row: Awaited<ReturnType<typeof selectEntries>>[number]): JournalEntry {
  const { taskDoneAt, edited: wasEdited, replyId, replyAuthorId, replyText, replyCreatedAt, replyEditedAt, replyAuthorFirst, replyAuthorLast, ...rest } =
    row;
  const reply =
    replyId === null || replyText === null
      ? null
      : {
          id: replyId,
          authorId: replyAuthorId,
          text: replyText,
          authorName: replyAuthorFirst === null ? null : `${replyAuthorFirst} ${replyAuthorLast}`,
          createdAt: replyCreatedAt!,
          editedAt: replyEditedAt,
        };
  return { ...rest, taskDone: taskDoneAt !== null, edited: Number(wasEdited) === 1, reply };
}

/** One page of the patient's own entries, newest first. Pages past the end show the last one. */
export async function journalPage(patientId: number, requestedPage: number): Promise<JournalPage> {
  const db = getDb();
  const [{ total }] = await db.select({ total: count() }).from(moodEntries).where(eq(moodEntries.patientId, patientId));
  const pageCount = Math.max(1, Math.ceil(Number(total) / JOURNAL_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const rows = await selectEntries()
    .where(eq(moodEntries.patientId, patientId))
    .orderBy(desc(moodEntries.entryDate))
    .limit(JOURNAL_PAGE_SIZE)
    .offset((page - 1) * JOURNAL_PAGE_SIZE);
  return { entries: rows.map(toEntry), page, pageCount, total: Number(total) };
}

/** One of the patient's own entries, or null when it is not theirs (or does not exist). */
export async function ownEntry(patientId: number, entryId: number): Promise<JournalEntry | null> {
  const [row] = await selectEntries()
    .where(and(eq(moodEntries.id, entryId), eq(moodEntries.patientId, patientId)))
    .limit(1);
  return row ? toEntry(row) : null;
}
