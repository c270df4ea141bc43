import { and, count, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { recoveryCodes, twoFactor, users } from "@/db/schema";
import type { OwnAccount } from "@/lib/accounts/profile/own-account";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { type ActionResult, type Failure, failure, parseInput } from "@/lib/forms/action-result";
import { queueEmail } from "@/lib/notifications/outbox";
import { serviceSetting } from "@/lib/settings/service-settings";
import { confirmTwoFactorSchema, enableTwoFactorSchema } from "./code-schema";
import { confirmPasswordAndCode } from "./confirm-identity";
import { enrolmentSecret } from "./enrolment";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";
import { hasTwoFactor, sealSecret, spendSecondFactor } from "./second-factor";
import { isStaffRole, withOwnStaffAccount } from "./staff-account";
import { acceptedTimeStep } from "./totp";
import { type TwoFactorChange, twoFactorEmail, twoFactorEmailKey } from "./two-factor-email";

export const ENROLMENT_EXPIRED = "This set-up has expired. Reload the page to start again with a new secret.";
export const ALREADY_ON = "Two-factor sign-in is already on for your account.";
export const NOT_ON = "Two-factor sign-in is not on for your account.";
export const REQUIRED_BY_SERVICE = "Two-factor sign-in is required for staff by the service's settings, so it cannot be turned off.";

/** Whether the service makes staff sign in with two factors. */
const twoFactorRequiredForStaff = async () => (await serviceSetting("staffTwoFactor")) === "required";

export type TwoFactorStatus = { enabled: boolean; recoveryCodesLeft: number; required: boolean };

/**
 * Whether the caller has two-factor sign-in, how many recovery codes are unused and whether the
 * service requires it; null for anyone but staff.
 */
export async function twoFactorStatus(userId: number, role: string): Promise<TwoFactorStatus | null> {
  if (!isStaffRole(role)) return null;
  const [enabled, [{ left }], required] = await Promise.all([
    hasTwoFactor(userId),
    getDb().select({ left: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))),
    twoFactorRequiredForStaff(),
  ]);
  return { enabled, recoveryCodesLeft: left, required };
}

/** Writes a fresh set of recovery codes (the old ones stop working) and returns them, to be shown once. */
async function replaceRecoveryCodes(tx: Transaction, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })));
  return codes;
}

/** The audit row and the email to the owner that every change records, in the change's transaction. */
async function recordChange(tx: Transaction, actor: Actor, account: OwnAccount, change: TwoFactorChange): Promise<void> {
  const at = new Date();
  await queueEmail(tx, {
    dedupeKey: twoFactorEmailKey(change, account.id, at),
    kind: "account",
    userId: account.id,
    to: account.email,
    ...twoFactorEmail(change, { firstName: account.firstName, at, timeZone: account.timezone }),
  });
  await recordAudit(actor, { action: `account.2fa.${change}`, targetType: "user", targetId: account.id }, tx);
}

/** Refuses a change that needs two-factor sign-in to be on (or off) when it is not. */
async function stateRefusal(actor: Actor, action: string, wantOn: boolean): Promise<Failure | null> {
  const open = await withOwnStaffAccount(actor, action, async (tx) => (
    (await hasTwoFactor(actor.id, tx)) === wantOn ? { ok: true } : failure(wantOn ? NOT_ON : ALREADY_ON)
  ));
  return open.ok ? null : open;
}

/**
 * Turns two-factor sign-in on once the caller's password and a code from their app (for the
 * secret of the set-up they started) are right. In one transaction: the sealed secret, with the
 * code's time step as used; ten recovery codes (their hashes); the audit row and an email.
 * Returns the recovery codes, which are never shown again. Sessions carry on.
 */
export async function enableTwoFactor(actor: Actor, input: unknown, address: string, nowMs = Date.now()): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = parseInput(enableTwoFactorSchema, input);
  if (!parsed.ok) return parsed;
  const refused = await stateRefusal(actor, "account.2fa.enable", false);
  if (refused) return refused;
  const secret = enrolmentSecret(actor.id, parsed.data.enrolment, nowMs);
  if (secret === null) return failure(ENROLMENT_EXPIRED);
  let step: number | null = null;
  const codeIsRight = async () => (step = acceptedTimeStep(secret, parsed.data.code, nowMs, null)) !== null;
  const identity = await confirmPasswordAndCode(actor.id, parsed.data.password, codeIsRight, address);
  if (identity) return identity;
  return withOwnStaffAccount(actor, "account.2fa.enable", async (tx, account) => {
    if (await hasTwoFactor(account.id, tx)) return failure(ALREADY_ON);
    await tx.insert(twoFactor).values({ userId: account.id, sealedSecret: sealSecret(account.id, secret), lastTimeStep: step });
    const codes = await replaceRecoveryCodes(tx, account.id);
    await recordChange(tx, actor, account, "enable");
    return { ok: true, data: { recoveryCodes: codes } };
  });
}

/** The password and a code (from the app, or a recovery code, which is then used up) of an account that has two-factor sign-in. */
async function confirmWithCode(actor: Actor, action: string, input: unknown, address: string, nowMs: number, allowed = async () => true): Promise<Failure | null> {
  const parsed = parseInput(confirmTwoFactorSchema, input);
  if (!parsed.ok) return parsed;
  const refused = await stateRefusal(actor, action, true);
  if (refused) return refused;
  if (!(await allowed())) return failure(REQUIRED_BY_SERVICE);
  const codeIsRight = async () => ["totp", "recovery"].includes(await spendSecondFactor(actor.id, parsed.data.code, address, nowMs));
  return confirmPasswordAndCode(actor.id, parsed.data.password, codeIsRight, address);
}

/**
 * Turns two-factor sign-in off, unless the service requires it, once the password and a code are
 * right. In one transaction: the secret and recovery codes go, the session version moves on (so
 * every other session ends; the caller signs this one back in), the audit row and an email.
 * Returns the email to sign in with.
 */
export async function disableTwoFactor(actor: Actor, input: unknown, address: string, nowMs = Date.now()): Promise<ActionResult<{ email: string }>> {
  const optional = async () => !(await twoFactorRequiredForStaff());
  const refused = await confirmWithCode(actor, "account.2fa.disable", input, address, nowMs, optional);
  if (refused) return refused;
  return withOwnStaffAccount(actor, "account.2fa.disable", async (tx, account) => {
    await tx.delete(twoFactor).where(eq(twoFactor.userId, account.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, account.id));
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, account.id));
    await recordChange(tx, actor, account, "disable");
    return { ok: true, data: { email: account.email } };
  });
}

/** Ten new recovery codes in place of the old, once the password and a code are right; shown once. */
export async function regenerateRecoveryCodes(actor: Actor, input: unknown, address: string, nowMs = Date.now()): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const refused = await confirmWithCode(actor, "account.2fa.recovery-codes", input, address, nowMs);
  if (refused) return refused;
  return withOwnStaffAccount(actor, "account.2fa.recovery-codes", async (tx, account) => {
    if (!(await hasTwoFactor(account.id, tx))) return failure(NOT_ON);
    const codes = await replaceRecoveryCodes(tx, account.id);
    await recordChange(tx, actor, account, "recovery-codes");
    return { ok: true, data: { recoveryCodes: codes } };
  });
}
