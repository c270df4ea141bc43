import { and, asc, count, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { entryReplies, moodEntries, patients, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import type { LocalDate } from "@/lib/moods/local-date";

export const REVIEW_QUEUE_LIMIT = 50;

export type QueueReply = {
  id: number;
  text: string;
  authorId: number | null;
  authorName: string | null;
  createdAt: Date;
  editedAt: Date | null;
};

export type QueueEntry = {
  id: number;
  patientId: number;
  patientName: string;
  date: LocalDate;
  mood: number;
  note: string | null;
  minutes: number;
  reply: QueueReply | null;
};

const patientUser = alias(users, "patient_user");
const replyAuthor = alias(users, "reply_author");

// Starting from the psychiatrist's patients lets MySQL walk patients_psychiatrist, then
// mood_entries_patient_reviewed for each patient's unreviewed entries: the cost follows the
// caseload's backlog, not the size of the table.
const ownUnreviewed = (psychiatristId: number) =>
  and(eq(patients.psychiatristId, psychiatristId), isNull(moodEntries.reviewedAt));

/**
 * The entries of this psychiatrist's own patients that they have not reviewed: the lowest moods
 * first, then the oldest. Reading the queue is a read of patients' records, so it is audited.
 */
export async function reviewQueue(psychiatrist: Actor, limit = REVIEW_QUEUE_LIMIT): Promise<QueueEntry[]> {
  const rows = await getDb()
    .select({
      id: moodEntries.id,
      patientId: moodEntries.patientId,
      firstName: patientUser.firstName,
      lastName: patientUser.lastName,
      date: moodEntries.entryDate,
      mood: moodEntries.mood,
      note: moodEntries.note,
      minutes: moodEntries.mindfulnessMinutes,
      replyId: entryReplies.id,
      replyText: entryReplies.text,
      replyAuthorId: entryReplies.authorId,
      replyAuthorFirst: replyAuthor.firstName,
      replyAuthorLast: replyAuthor.lastName,
      replyCreatedAt: entryReplies.createdAt,
      replyEditedAt: entryReplies.editedAt,
    })
    .from(patients)
    .innerJoin(moodEntries, eq(moodEntries.patientId, patients.userId))
    .innerJoin(patientUser, eq(patientUser.id, patients.userId))
    .leftJoin(entryReplies, eq(entryReplies.entryId, moodEntries.id))
    .leftJoin(replyAuthor, eq(replyAuthor.id, entryReplies.authorId))
    .where(ownUnreviewed(psychiatrist.id))
    .orderBy(asc(moodEntries.mood), asc(moodEntries.entryDate), asc(moodEntries.id))
    .limit(Math.max(1, Math.floor(limit)));
  await recordAudit(psychiatrist, { action: "review.view", targetType: "review-queue" });
  return rows.map((row) => ({
    id: row.id,
    patientId: row.patientId,
    patientName: `${row.firstName} ${row.lastName}`,
    date: row.date,
    mood: row.mood,
    note: row.note,
    minutes: row.minutes,
    reply:
      row.replyId === null
        ? null
        : {
            id: row.replyId,
            text: row.replyText!,
            authorId: row.replyAuthorId,
            authorName: row.replyAuthorFirst === null ? null : `${row.replyAuthorFirst} ${row.replyAuthorLast}`,
            createdAt: row.replyCreatedAt!,
            editedAt: row.replyEditedAt,
          },
  }));
}

/** How many of this psychiatrist's patients' entries wait for review: the number in the navigation. */
export async function unreviewedCount(psychiatristId: number): Promise<number> {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(patients)
    .innerJoin(moodEntries, eq(moodEntries.patientId, patients.userId))
    .where(ownUnreviewed(psychiatristId));
  return Number(n);
}
