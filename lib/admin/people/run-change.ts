import { getDb, type Transaction } from "@/db/client";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { retryTransaction } from "@/lib/db/retry-transaction";
import type { LockedAccount } from "./lock-account";
import { type ChangeResult, type Refusal, refused } from "./people-outcomes";

/**
 * Runs one admin change to the accounts: refused (and audited) unless the actor is an active
 * admin, then in one READ COMMITTED transaction, retried if MySQL picks it to break a deadlock.
 */
export async function runChange(admin: Actor, event: Omit<AuditEvent, "outcome">, change: (tx: Transaction) => Promise<ChangeResult>): Promise<ChangeResult> {
  if (!(await adminOrAudited(admin, event))) return refused("not-allowed");
  return retryTransaction(() => getDb().transaction(change, { isolationLevel: "read committed" }));
}

/**
 * What stops a change to an admin account, judged under the lock on every active admin: an actor
 * who is no longer an active admin (two admins disabling each other at once: the second finds
 * itself disabled), or taking away the last active admin.
 */
export function adminGuard(locked: LockedAccount, actor: Actor): Refusal | null {
  if (locked.account.role !== "admin") return null;
  if (!locked.activeAdmins.includes(actor.id)) return "not-allowed";
  if (locked.account.status === "active" && locked.activeAdmins.length <= 1) return "last-admin";
  return null;
}

/** Refuses a change for the guard's reason; an actor who lost their rights is audited as denied. */
export async function refuseGuarded(tx: Transaction, admin: Actor, event: Omit<AuditEvent, "outcome">, reason: Refusal): Promise<ChangeResult> {
  if (reason === "not-allowed") await recordAudit(admin, { ...event, outcome: "denied" }, tx);
  return refused(reason);
}
