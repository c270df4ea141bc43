// What the account-deletion spec reads back from the e2e database: whether an account and its
// rows are still there, and what the audit trail kept of the deletion.
import { and, eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { auditLog, patients, users } from "../db/schema";

export async function accountExists(userId: number): Promise<boolean> {
  return (await getDb().select({ id: users.id }).from(users).where(eq(users.id, userId))).length === 1;
}

/** Whether any patient row is left for this account (a deleted patient has none). */
export async function patientRowExists(userId: number): Promise<boolean> {
  return (await getDb().select({ id: patients.userId }).from(patients).where(eq(patients.userId, userId))).length === 1;
}

/** The `account.delete` rows the audit trail holds for this account. */
export async function deletionAudits(userId: number): Promise<{ actorId: number | null; ip: string | null }[]> {
  return getDb()
    .select({ actorId: auditLog.actorId, ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.action, "account.delete"), eq(auditLog.targetId, userId)));
}
