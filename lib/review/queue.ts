import { asc, count, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { alias } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { entryReplies, moodEntries, patients, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import type { LocalDate } from "@/lib/moods/local-date";
import { caseloadUnreviewed } from "./caseload-unreviewed";
import { WAITING_COUNT_LIMIT } from "./waiting-limit";

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

const QUEUE_ORDER = [asc(moodEntries.mood), asc(moodEntries.entryDate), asc(moodEntries.id)];

/**
 * The ids of the first `limit` entries in the queue's order, chosen from the index alone; only
 * those rows are then read in full, however long the backlog (a derived table with a LIMIT is
 * materialised first, not merged into the outer query).
 */
const firstInQueue = (psychiatristId: number, limit: number) =>
  getDb()
    .select({ id: sql<number>`${moodEntries.id}`.as("queued_id") })
    .from(patients)
    .innerJoin(moodEntries, eq(moodEntries.patientId, patients.userId))
    .where(caseloadUnreviewed(psychiatristId))
    .orderBy(...QUEUE_ORDER)
    .limit(limit)
    .as("queued");

/**
 * The entries of this psychiatrist's own patients that they have not reviewed: the lowest moods
 * first, then the oldest. Reading the queue is a read of patients' records, so it is audited.
 */
export async function reviewQueue(psychiatrist: Actor, limit = REVIEW_QUEUE_LIMIT): Promise<QueueEntry[]> {
  const queued = firstInQueue(psychiatrist.id, Math.max(1, Math.floor(limit)));
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
    .from(queued)
    .innerJoin(moodEntries, eq(moodEntries.id, queued.id))
    .innerJoin(patientUser, eq(patientUser.id, moodEntries.patientId))
    .leftJoin(entryReplies, eq(entryReplies.entryId, moodEntries.id))
    .leftJoin(replyAuthor, eq(replyAuthor.id, entryReplies.authorId))
    .orderBy(...QUEUE_ORDER);
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

/**
 * How many of this psychiatrist's patients' entries wait for review, counted up to
 * WAITING_COUNT_LIMIT + 1 (show it with cappedCount): the number in the navigation, and on the
 * review page. Asked once per request however many parts show it.
 */
export const unreviewedCount = cache(async (psychiatristId: number): Promise<number> => {
  const waiting = getDb()
    .select({ one: sql`1`.as("one") })
    .from(patients)
    .innerJoin(moodEntries, eq(moodEntries.patientId, patients.userId))
    .where(caseloadUnreviewed(psychiatristId))
    .limit(WAITING_COUNT_LIMIT + 1)
    .as("waiting");
  const [{ n }] = await getDb().select({ n: count() }).from(waiting);
  return Number(n);
});
