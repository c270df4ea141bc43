import { and, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { alerts, auditLog, emailOutbox, moodEntries, patients, patientTasks, users } from "@/db/schema";
import { alertIdOfKey, emailKeys } from "@/lib/notifications/email-keys";
import { UNRESOLVED_STATUSES } from "@/lib/risk/alert-view";

/** What an alert about a deleted patient says instead of its reason, which can quote their note. */
export const ALERT_REASON_REMOVED = "Details removed when the patient deleted their account.";
/** The resolution of every alert about a deleted patient: it closes the open ones and replaces staff notes about them. */
export const ACCOUNT_DELETED = "Account deleted";

// Bounds the size of each statement that names alerts one by one.
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Keeps each alert about the patient as an anonymous count for the service's figures (its rule,
 * severity and times): unresolved ones are closed, and everything that says who it was about or
 * what they wrote goes. The dedupe key goes too: it named the entry or the day of their last
 * check-in. Returns the alerts' ids, read under their row locks.
 */
async function anonymiseAlerts(tx: Transaction, patientId: number, now: Date): Promise<number[]> {
  const rows = await tx.select({ id: alerts.id }).from(alerts).where(eq(alerts.patientId, patientId)).for("update");
  const ids = rows.map((r) => r.id);
  for (const chunk of chunks(ids)) {
    await tx
      .update(alerts)
      .set({ status: "resolved", resolvedAt: now })
      .where(and(inArray(alerts.id, chunk), inArray(alerts.status, [...UNRESOLVED_STATUSES])));
    await tx
      .update(alerts)
      .set({
        patientId: null,
        entryId: null,
        reason: ALERT_REASON_REMOVED,
        mood: null,
        note: null,
        entryDate: null,
        resolution: ACCOUNT_DELETED,
        dedupeKey: sql`concat('deleted:', ${alerts.id})`,
      })
      .where(inArray(alerts.id, chunk));
  }
  return ids;
}

/**
 * Deletes the email to the patient (reminders, reply notices, account notices, attempts by
 * cascade) and the email about them to staff: the alert, escalation and handover emails carry their name,
 * what they wrote and how to reach them. Mail a worker is sending at this moment may still go.
 */
async function deleteMailOf(tx: Transaction, patientId: number, alertIds: readonly number[]): Promise<void> {
  await tx.delete(emailOutbox).where(eq(emailOutbox.userId, patientId));
  for (const chunk of chunks(alertIds)) {
    const wanted = new Set<number | null>(chunk);
    // Escalation and handover keys go on to name an admin or a psychiatrist; alertIdOfKey reads
    // the alert back from every kind.
    const candidates = await tx
      .select({ id: emailOutbox.id, key: emailOutbox.dedupeKey })
      .from(emailOutbox)
      .where(
        or(
          inArray(emailOutbox.dedupeKey, chunk.map(emailKeys.alert)),
          ...chunk.flatMap((id) => [like(emailOutbox.dedupeKey, `escalation:${id}:%`), like(emailOutbox.dedupeKey, `handover:${id}:%`)]),
        ),
      );
    const about = candidates.filter((c) => wanted.has(alertIdOfKey(c.key))).map((c) => c.id);
    if (about.length > 0) await tx.delete(emailOutbox).where(inArray(emailOutbox.id, about));
  }
}

/**
 * Everything about a patient whose account row this transaction has locked: their check-ins
 * (revisions and replies go with them by cascade), pins, mail to and about them, and their
 * patient and user rows. Alerts about them stay as anonymous counts, and the audit trail keeps
 * the ids it names but forgets the addresses they acted from (or signed in to their account
 * from). The caller writes the audit row.
 */
export async function erasePatient(tx: Transaction, patientId: number, now: Date): Promise<void> {
  const alertIds = await anonymiseAlerts(tx, patientId, now);
  await deleteMailOf(tx, patientId, alertIds);
  await tx.delete(moodEntries).where(eq(moodEntries.patientId, patientId));
  await tx.delete(patientTasks).where(eq(patientTasks.patientId, patientId));
  // The addresses they acted from, and those sign-ins into their account came from.
  await tx
    .update(auditLog)
    .set({ ip: null })
    .where(or(eq(auditLog.actorId, patientId), and(like(auditLog.action, "auth.%"), eq(auditLog.targetId, patientId))));
  await tx.delete(patients).where(eq(patients.userId, patientId));
  await tx.delete(users).where(eq(users.id, patientId));
}
