import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { rateLimits, users, type Role } from "@/db/schema";
import { lockAccount } from "@/lib/admin/people/lock-account";
import type { Refusal } from "@/lib/admin/people/people-outcomes";
import { removeLockedStaffAccount } from "@/lib/admin/people/remove-account";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { confirmPassword } from "@/lib/auth/confirm-password";
import { accountLimitRowKey } from "@/lib/auth/rate-limit";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { erasePatient } from "./erase-patient";

export type DeletionRefusal = "wrong-password" | "no-psychiatrist" | "last-admin" | "not-found";

export type DeletionResult =
  | { ok: true; role: Role }
  | { ok: false; reason: "locked"; retryAfterSeconds: number }
  | { ok: false; reason: DeletionRefusal };

const refused = (reason: DeletionRefusal): DeletionResult => ({ ok: false, reason });

// The staff removal's refusals as the account's holder meets them. `not-allowed` (an admin acting
// on an admin without being an active one) cannot happen to an active account acting on itself.
const STAFF_REFUSALS: Record<Refusal, DeletionRefusal> = {
  "no-psychiatrist": "no-psychiatrist",
  "last-admin": "last-admin",
  "not-allowed": "not-found",
  "not-found": "not-found",
  "not-removable": "not-found",
  "psychiatrist-unavailable": "not-found",
};

/**
 * Deletes the caller's own account, after their current password (checked against the sign-in
 * limit for the account), in one READ COMMITTED transaction retried on a deadlock. The locks are
 * taken as the admin's people changes take them (lockAccount), so it queues behind them and
 * behind registration rather than deadlocking.
 * - A patient: everything about them goes (see erasePatient); the audit trail records
 *   `account.delete` by their id, without an address.
 * - A psychiatrist (pending ones too) or an admin: removed as an admin would remove them, their
 *   patients spread over the others first; refused, writing nothing, when nobody could take the
 *   patients or when they are the last active admin.
 * A disabled account, or one already gone, is `not-found`.
 */
export async function deleteOwnAccount(actor: Actor, password: string, address: string, now = new Date()): Promise<DeletionResult> {
  const check = await confirmPassword(actor.id, password, address);
  if (!check.ok) return check.reason === "locked" ? check : refused("wrong-password");
  return retryTransaction(() => getDb().transaction((tx) => deleteLocked(tx, actor, now), { isolationLevel: "read committed" }));
}

async function deleteLocked(tx: Transaction, actor: Actor, now: Date): Promise<DeletionResult> {
  const locked = await lockAccount(tx, actor.id);
  if (!locked || locked.account.status === "disabled") return refused("not-found");
  const { role } = locked.account;
  // Read under the account's lock: the email cannot change while it is held.
  const [{ emailKey }] = await tx.select({ emailKey: users.emailKey }).from(users).where(eq(users.id, actor.id));
  const event = { action: "account.delete", targetType: "user", targetId: actor.id };

  if (role === "patient") {
    await erasePatient(tx, actor.id, now);
    await recordAudit({ id: actor.id }, { ...event, patientId: actor.id }, tx);
  } else {
    const removed = await removeLockedStaffAccount(tx, locked, actor, event, now);
    if (!removed.ok) return refused(STAFF_REFUSALS[removed.reason]);
  }
  // Their sign-in counter, keyed by a hash of the email they no longer have an account with.
  // (email_key is generated from email, which is NOT NULL.)
  await tx.delete(rateLimits).where(eq(rateLimits.key, accountLimitRowKey(emailKey!)));
  return { ok: true, role };
}
