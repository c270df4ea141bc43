import { and, eq, isNull, lt, or } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { recoveryCodes, twoFactor } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { looksLikeRecoveryCode, recoveryCodeHash } from "./recovery-codes";
import { seal, unseal } from "./secret-box";
import { acceptedTimeStep } from "./totp";

/** "off": the account has no second factor; "missing"/"wrong": one is needed; "totp"/"recovery": one was used. */
export type SecondFactor = "off" | "missing" | "wrong" | "totp" | "recovery";

// A sealed secret opens only for the account it was sealed for.
const secretContext = (userId: number) => `two-factor:${userId}`;
export const sealSecret = (userId: number, secret: string) => seal(secret, secretContext(userId));

/** Whether the account signs in with a second factor. */
export async function hasTwoFactor(userId: number, db: Database | Transaction = getDb()): Promise<boolean> {
  const [row] = await db.select({ userId: twoFactor.userId }).from(twoFactor).where(eq(twoFactor.userId, userId)).limit(1);
  return row !== undefined;
}

/**
 * Checks the code given for an account's second factor and uses it up: an authenticator code's
 * time step is recorded (no code from it or an earlier step works again), a recovery code is
 * marked used. Each is one conditional update, so two requests racing with the same code cannot
 * both win. A recovery code's use is audited.
 */
export async function spendSecondFactor(userId: number, code: string | undefined, ip: string | null, nowMs = Date.now()): Promise<SecondFactor> {
  const db = getDb();
  const [row] = await db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).limit(1);
  if (!row) return "off";
  const typed = code?.replace(/\s/g, "") ?? "";
  if (!typed) return "missing";
  if (/^\d{6}$/.test(typed)) {
    // A secret that no longer opens (AUTH_SECRET rotated) accepts no code: a recovery code still works.
    const secret = unseal(row.sealedSecret, secretContext(userId));
    const step = secret === null ? null : acceptedTimeStep(secret, typed, nowMs, row.lastTimeStep);
    if (step === null) return "wrong";
    const [result] = await db
      .update(twoFactor)
      .set({ lastTimeStep: step })
      .where(and(eq(twoFactor.userId, userId), or(isNull(twoFactor.lastTimeStep), lt(twoFactor.lastTimeStep, step))));
    return result.affectedRows === 1 ? "totp" : "wrong";
  }
  if (!looksLikeRecoveryCode(typed)) return "wrong";
  return db.transaction(async (tx) => {
    const [result] = await tx
      .update(recoveryCodes)
      .set({ usedAt: new Date(nowMs) })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, recoveryCodeHash(typed)), isNull(recoveryCodes.usedAt)));
    if (result.affectedRows !== 1) return "wrong";
    await recordAudit({ id: userId, ip }, { action: "account.2fa.recovery-used", targetType: "user", targetId: userId }, tx);
    return "recovery";
  });
}
