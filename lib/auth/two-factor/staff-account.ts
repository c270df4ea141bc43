import type { Transaction } from "@/db/client";
import { type OwnAccount, withOwnAccount } from "@/lib/accounts/profile/own-account";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { type ActionResult, failure } from "@/lib/forms/action-result";

export const STAFF_ONLY = "Two-factor sign-in is for psychiatrists and admins.";

export const isStaffRole = (role: string) => role === "psychiatrist" || role === "admin";

/**
 * A change to the caller's own two-factor sign-in, with their account row locked: refused (and
 * audited) for a disabled or deleted account, and for a patient.
 */
export function withOwnStaffAccount<T>(actor: Actor, action: string, change: (tx: Transaction, account: OwnAccount) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return withOwnAccount(actor, action, async (tx, account) => {
    if (isStaffRole(account.role)) return change(tx, account);
    await recordAudit(actor, { action, outcome: "denied", targetType: "user", targetId: actor.id }, tx);
    return failure(STAFF_ONLY);
  });
}
