import { asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { dailyMessages, entryReplies, mindfulnessTasks, moodEntries, moodEntryRevisions, users } from "@/db/schema";
import { moodOf } from "@/lib/moods/scale";
import type { ExportEntry, ExportRevision } from "./export-types";

/**
 * Every entry of this patient, oldest day first, with the task and message they were shown, each
 * edit's replaced values and their psychiatrist's reply. Two queries, both scoped to the patient:
 * a year of daily check-ins is a few hundred rows.
 */
export async function patientEntries(tx: Transaction, patientId: number): Promise<ExportEntry[]> {
  const [rows, revisionRows] = await Promise.all([
    tx
      .select({
        id: moodEntries.id,
        date: moodEntries.entryDate,
        mood: moodEntries.mood,
        note: moodEntries.note,
        minutes: moodEntries.mindfulnessMinutes,
        taskTitle: mindfulnessTasks.title,
        taskDoneAt: moodEntries.taskDoneAt,
        message: dailyMessages.text,
        createdAt: moodEntries.createdAt,
        updatedAt: moodEntries.updatedAt,
        reviewedAt: moodEntries.reviewedAt,
        replyText: entryReplies.text,
        replyWrittenAt: entryReplies.createdAt,
        replyEditedAt: entryReplies.editedAt,
        replyAuthorFirst: users.firstName,
        replyAuthorLast: users.lastName,
      })
      .from(moodEntries)
      .leftJoin(mindfulnessTasks, eq(mindfulnessTasks.id, moodEntries.taskId))
      .leftJoin(dailyMessages, eq(dailyMessages.id, moodEntries.messageId))
      .leftJoin(entryReplies, eq(entryReplies.entryId, moodEntries.id))
      .leftJoin(users, eq(users.id, entryReplies.authorId))
      .where(eq(moodEntries.patientId, patientId))
      .orderBy(asc(moodEntries.entryDate)),
    tx
      .select({
        entryId: moodEntryRevisions.entryId,
        mood: moodEntryRevisions.mood,
        note: moodEntryRevisions.note,
        minutes: moodEntryRevisions.mindfulnessMinutes,
        replacedAt: moodEntryRevisions.revisedAt,
      })
      .from(moodEntryRevisions)
      .innerJoin(moodEntries, eq(moodEntries.id, moodEntryRevisions.entryId))
      .where(eq(moodEntries.patientId, patientId))
      .orderBy(asc(moodEntryRevisions.revisedAt), asc(moodEntryRevisions.id)),
  ]);

  const revisions = new Map<number, ExportRevision[]>();
  for (const { entryId, ...revision } of revisionRows) {
    const list = revisions.get(entryId) ?? [];
    list.push({ ...revision, moodWord: moodOf(revision.mood).word });
    revisions.set(entryId, list);
  }

  return rows.map((row) => ({
    date: row.date,
    mood: row.mood,
    moodWord: moodOf(row.mood).word,
    note: row.note,
    minutes: row.minutes,
    task: row.taskTitle === null ? null : { title: row.taskTitle, doneAt: row.taskDoneAt },
    message: row.message,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reviewedAt: row.reviewedAt,
    revisions: revisions.get(row.id) ?? [],
    reply:
      row.replyText === null
        ? null
        : {
            text: row.replyText,
            writtenAt: row.replyWrittenAt!,
            editedAt: row.replyEditedAt,
            // The reply stays when its author's account is gone; only the name goes.
            author: row.replyAuthorFirst === null ? null : `${row.replyAuthorFirst} ${row.replyAuthorLast}`,
          },
  }));
}
