import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { applyMoves } from "./apply-moves";
import { cancelWaitingMail } from "./cancel-waiting-mail";
import { lockAccount } from "./lock-account";
import { type ChangeResult, done, refused } from "./people-outcomes";
import { planLeaving } from "./plan-leaving";
import { adminGuard, refuseGuarded, runChange } from "./run-change";

const accountEvent = (action: string, userId: number) => ({ action, targetType: "user", targetId: userId });

/**
 * Disables an account. Its session version moves on, so every session it has ends at its next
 * request, and mail still waiting for it is cancelled. A psychiatrist's patients are spread over
 * the other psychiatrists who may take new patients, by the assignment rule, in the same
 * transaction; when nobody could take them it is refused and nothing changes. The last active
 * admin cannot be disabled.
 */
export async function disableAccount(admin: Actor, userId: number, now = new Date()): Promise<ChangeResult> {
  const event = accountEvent("account.disable", userId);
  return runChange(admin, event, async (tx) => {
    const locked = await lockAccount(tx, userId);
    if (!locked) return refused("not-found");
    const { account } = locked;
    if (account.status === "disabled") return done("already-disabled");
    const guard = adminGuard(locked, admin);
    if (guard) return refuseGuarded(tx, admin, event, guard);
    // A pending psychiatrist has no patients, so this is empty for them.
    const moves = account.role === "psychiatrist" ? await planLeaving(tx, userId, locked.others) : [];
    if (!moves) return refused("no-psychiatrist");

    await tx
      .update(users)
      .set({ status: "disabled", sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await cancelWaitingMail(tx, userId);
    await recordAudit(admin, { ...event, patientId: account.role === "patient" ? userId : null }, tx);
    await applyMoves(tx, admin, moves, now);
    return done("disabled", moves.length);
  });
}

/**
 * Enables a disabled account again. A psychiatrist who was never approved goes back to awaiting
 * approval; one who was approved takes new patients again from now, but the patients spread
 * over others when they were disabled stay where they are.
 */
export async function enableAccount(admin: Actor, userId: number): Promise<ChangeResult> {
  const event = accountEvent("account.enable", userId);
  return runChange(admin, event, async (tx) => {
    const locked = await lockAccount(tx, userId);
    if (!locked) return refused("not-found");
    const { account } = locked;
    if (account.status !== "disabled") return done("already-enabled");
    const pending = account.role === "psychiatrist" && account.approvedAt === null;
    await tx
      .update(users)
      .set({ status: pending ? "pending" : "active" })
      .where(eq(users.id, userId));
    await recordAudit(admin, { ...event, patientId: account.role === "patient" ? userId : null }, tx);
    return done(pending ? "enabled-pending" : "enabled");
  });
}
