import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { psychiatrists, users } from "@/db/schema";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { applyMoves } from "./apply-moves";
import { cancelWaitingMail } from "./cancel-waiting-mail";
import { type LockedAccount, lockAccount } from "./lock-account";
import { type ChangeResult, done, refused } from "./people-outcomes";
import { planLeaving } from "./plan-leaving";
import { adminGuard, refuseGuarded, runChange } from "./run-change";

/**
 * Deletes a psychiatrist's or an admin's account for good, in one transaction. A psychiatrist's
 * patients are first spread over the others by the assignment rule (refused, changing nothing,
 * when nobody could take them); then their psychiatrist row and their account go. Everything
 * else that names them keeps its content and forgets the name (the schema's ON DELETE SET NULL:
 * replies, reviews, tasks written, pins, alert steps, approvals, settings, mail), and the audit
 * trail keeps their id. A patient's account holds their clinical record and is not removed
 * here; the last active admin cannot be removed.
 */
export async function removeAccount(admin: Actor, userId: number, now = new Date()): Promise<ChangeResult> {
  const event = { action: "account.remove", targetType: "user", targetId: userId };
  return runChange(admin, event, async (tx) => {
    const locked = await lockAccount(tx, userId);
    if (!locked) return refused("not-found");
    if (locked.account.role === "patient") return refused("not-removable");
    return removeLockedStaffAccount(tx, locked, admin, event, now);
  });
}

/**
 * Removes a psychiatrist's or an admin's account that lockAccount has locked in this
 * transaction, whoever asks (an admin, or the account's own holder): refused under the locks
 * when it would take away the last active admin (or the actor is no longer an active admin
 * acting on one), or when nobody could take a psychiatrist's patients; otherwise `event` is
 * audited by `actor`, the patients move (their `patient.move` rows name `actor`), mail still
 * waiting for the account is cancelled, and the psychiatrist row and the account are deleted.
 */
export async function removeLockedStaffAccount(
  tx: Transaction,
  locked: LockedAccount,
  actor: Actor,
  event: Omit<AuditEvent, "outcome">,
  now = new Date(),
): Promise<ChangeResult> {
  const { account } = locked;
  const guard = adminGuard(locked, actor);
  if (guard) return refuseGuarded(tx, actor, event, guard);
  const moves = account.role === "psychiatrist" ? await planLeaving(tx, account.id, locked.others) : [];
  if (!moves) return refused("no-psychiatrist");

  await recordAudit(actor, event, tx);
  await applyMoves(tx, actor, moves, now);
  await cancelWaitingMail(tx, account.id);
  // patients.psychiatrist_id and psychiatrists.user_id RESTRICT: no patient is left, then the
  // psychiatrist row goes before the account.
  if (account.role === "psychiatrist") await tx.delete(psychiatrists).where(eq(psychiatrists.userId, account.id));
  await tx.delete(users).where(eq(users.id, account.id));
  return done("removed", moves.length);
}
