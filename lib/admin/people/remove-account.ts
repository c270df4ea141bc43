import { eq } from "drizzle-orm";
import { psychiatrists, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { applyMoves } from "./apply-moves";
import { cancelWaitingMail } from "./cancel-waiting-mail";
import { lockAccount } from "./lock-account";
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
    const { account } = locked;
    if (account.role === "patient") return refused("not-removable");
    const guard = adminGuard(locked, admin);
    if (guard) return refuseGuarded(tx, admin, event, guard);
    const moves = account.role === "psychiatrist" ? await planLeaving(tx, userId, locked.others) : [];
    if (!moves) return refused("no-psychiatrist");

    await recordAudit(admin, event, tx);
    await applyMoves(tx, admin, moves, now);
    await cancelWaitingMail(tx, userId);
    // patients.psychiatrist_id and psychiatrists.user_id RESTRICT: no patient is left, then the
    // psychiatrist row goes before the account.
    if (account.role === "psychiatrist") await tx.delete(psychiatrists).where(eq(psychiatrists.userId, userId));
    await tx.delete(users).where(eq(users.id, userId));
    return done("removed", moves.length);
  });
}
