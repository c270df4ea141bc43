import { and, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { entryReplies, moodEntries, patients } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { assignedEntryOrAudited } from "@/lib/caseload/assigned-patient";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { queueReplyEmail } from "@/lib/notifications/queue-reply-email";
import { REPLY_TEXT_MESSAGE, replySchema } from "./reply-schema";

export type ReplyRefusal = "invalid-text" | "not-found" | "replied-by-other";
export type ReplyResult = { ok: true; replyId: number; created: boolean } | { ok: false; reason: ReplyRefusal };

/** The reply text as the schema keeps it (trimmed), or null when it is empty or too long. */
function cleanText(text: string): string | null {
  const parsed = replySchema.safeParse({ text });
  return parsed.success ? parsed.data.text : null;
}

async function markEntryReviewed(tx: Transaction, psychiatrist: Actor, entryId: number, now: Date): Promise<void> {
  await tx.update(moodEntries).set({ reviewedBy: psychiatrist.id, reviewedAt: now }).where(eq(moodEntries.id, entryId));
}

/**
 * Replies to an entry of one of the psychiatrist's own patients, and marks the entry reviewed,
 * in one transaction. An entry has one reply: replying again to an entry they already answered
 * edits their reply. Another psychiatrist's reply (the patient was reassigned) is left alone.
 */
export async function replyToEntry(psychiatrist: Actor, entryId: number, text: string, now = new Date()): Promise<ReplyResult> {
  const clean = cleanText(text);
  if (clean === null) return { ok: false, reason: "invalid-text" };
  const entry = await assignedEntryOrAudited(psychiatrist, entryId, "entry.reply");
  if (!entry) return { ok: false, reason: "not-found" };

  const result = await retryTransaction(() =>
    getDb().transaction(async (tx): Promise<ReplyResult> => {
      // Checked again under a lock: a reassignment or a second reply waits for this one.
      const [locked] = await tx
        .select({ id: moodEntries.id })
        .from(moodEntries)
        .innerJoin(patients, eq(patients.userId, moodEntries.patientId))
        .where(and(eq(moodEntries.id, entryId), eq(patients.psychiatristId, psychiatrist.id)))
        .for("update");
      if (!locked) return { ok: false, reason: "not-found" };

      const [existing] = await tx
        .select({ id: entryReplies.id, authorId: entryReplies.authorId, text: entryReplies.text })
        .from(entryReplies)
        .where(eq(entryReplies.entryId, entryId))
        .for("update");
      if (existing && existing.authorId !== psychiatrist.id) return { ok: false, reason: "replied-by-other" };

      let replyId: number;
      if (existing) {
        replyId = existing.id;
        // Sending the same words again is not an edit the patient needs to be told about.
        if (existing.text !== clean) await tx.update(entryReplies).set({ text: clean, editedAt: now }).where(eq(entryReplies.id, replyId));
      } else {
        [{ id: replyId }] = await tx.insert(entryReplies).values({ entryId, authorId: psychiatrist.id, text: clean, createdAt: now }).$returningId();
        await queueReplyEmail(tx, psychiatrist, replyId, entryId);
      }
      await markEntryReviewed(tx, psychiatrist, entryId, now);
      await recordAudit(psychiatrist, { action: "entry.reply", targetType: "entry", targetId: entryId, patientId: entry.patientId }, tx);
      return { ok: true, replyId, created: !existing };
    }),
  );
  if (!result.ok) {
    await recordAudit(psychiatrist, { action: "entry.reply", outcome: "denied", targetType: "entry", targetId: entryId, patientId: entry.patientId });
  }
  return result;
}

export type EditRefusal = "invalid-text" | "not-found";
export type EditReplyResult = { ok: true } | { ok: false; reason: EditRefusal };

/**
 * Edits a reply: only its author may, and only while the patient is still theirs. The edit time
 * is kept so the patient sees the reply changed; the entry counts as reviewed again.
 */
export async function editReply(psychiatrist: Actor, replyId: number, text: string, now = new Date()): Promise<EditReplyResult> {
  const clean = cleanText(text);
  if (clean === null) return { ok: false, reason: "invalid-text" };

  const outcome = await retryTransaction(() =>
    getDb().transaction(async (tx) => {
      const [row] = await tx
        .select({
          authorId: entryReplies.authorId,
          text: entryReplies.text,
          entryId: entryReplies.entryId,
          patientId: moodEntries.patientId,
          psychiatristId: patients.psychiatristId,
        })
        .from(entryReplies)
        .innerJoin(moodEntries, eq(moodEntries.id, entryReplies.entryId))
        .innerJoin(patients, eq(patients.userId, moodEntries.patientId))
        .where(eq(entryReplies.id, replyId))
        .for("update");
      if (!row || row.authorId !== psychiatrist.id || row.psychiatristId !== psychiatrist.id) {
        return { allowed: false as const, patientId: row?.patientId ?? null };
      }
      if (row.text !== clean) await tx.update(entryReplies).set({ text: clean, editedAt: now }).where(eq(entryReplies.id, replyId));
      await markEntryReviewed(tx, psychiatrist, row.entryId, now);
      await recordAudit(psychiatrist, { action: "reply.edit", targetType: "reply", targetId: replyId, patientId: row.patientId }, tx);
      return { allowed: true as const };
    }),
  );
  if (outcome.allowed) return { ok: true };
  await recordAudit(psychiatrist, { action: "reply.edit", outcome: "denied", targetType: "reply", targetId: replyId, patientId: outcome.patientId });
  return { ok: false, reason: "not-found" };
}

/** What the reply forms say when a reply is refused, whatever the reason behind it. */
export const REPLY_REFUSED: Record<ReplyRefusal, string> = {
  // The action checks the text with the same schema first, so this one is a last line of defence.
  "invalid-text": REPLY_TEXT_MESSAGE,
  "not-found": "That entry could not be found.",
  "replied-by-other": "Another psychiatrist has already replied to this entry.",
};
export const EDIT_REFUSED: Record<EditRefusal, string> = {
  "invalid-text": REPLY_TEXT_MESSAGE,
  "not-found": "That reply could not be found.",
};
