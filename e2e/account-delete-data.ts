// Accounts for the account-deletion spec, written straight into the e2e database through the
// app's own code, as test-data.ts does: each test deletes one made for it alone.
import { and, eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { auditLog, patients, users } from "../db/schema";
import { createAdmin } from "../lib/accounts/create-admin";
import { uniqueEmail } from "./fixtures";

export const FRESH_ADMIN_PASSWORD = "a quiet office with the window open";

/** An active admin for one test, made as `npm run admin` makes one. */
export async function createFreshAdmin(): Promise<{ userId: number; email: string; password: string }> {
  const email = uniqueEmail("e2e.admin");
  const userId = await createAdmin({ email, firstName: "Ari", lastName: "Leaving", phone: "+442079460999", timezone: "Europe/London" }, FRESH_ADMIN_PASSWORD);
  return { userId, email, password: FRESH_ADMIN_PASSWORD };
}

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
