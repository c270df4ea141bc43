import { base32 } from "@otplib/plugin-base32-scure";
import { crypto } from "@otplib/plugin-crypto-node";
import { generateSync } from "@otplib/totp";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { recoveryCodes, twoFactor, users } from "@/db/schema";
import { ACCOUNT_UNAVAILABLE } from "@/lib/accounts/profile/own-account";
import { ACCOUNT_ATTEMPTS } from "@/lib/auth/rate-limit";
import { WRONG_CURRENT_PASSWORD } from "@/lib/auth/sign-in-messages";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { saveSetting } from "@/lib/settings/service-settings";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { accountEmails } from "@/lib/testing/account-profile";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { WRONG_CODE_HERE, confirmPasswordAndCode } from "./confirm-identity";
import { startEnrolment } from "./enrolment";
import { ALREADY_ON, ENROLMENT_EXPIRED, NOT_ON, REQUIRED_BY_SERVICE, disableTwoFactor, enableTwoFactor, regenerateRecoveryCodes, twoFactorStatus } from "./manage-two-factor";
import { STAFF_ONLY } from "./staff-account";
import { mustSetUpTwoFactor } from "./staff-requirement";

const ADDRESS = "192.0.2.80";
const STEP = 30_000;
// A fixed moment at the start of a time step, so "the next step" is exactly STEP later.
const T0 = Math.floor(Date.UTC(2026, 5, 16, 9, 0, 0) / STEP) * STEP;

const codeAt = (secret: string, ms: number) => generateSync({ secret, crypto, base32, epoch: Math.floor(ms / 1000) });

async function emailOf(userId: number): Promise<string> {
  return (await userRow(userId)).email;
}

/** Turns two-factor sign-in on for this account at T0, as the page and form would. */
async function enrol(userId: number, now = T0) {
  const enrolment = startEnrolment(userId, await emailOf(userId), now);
  const result = await enableTwoFactor({ id: userId }, { enrolment: enrolment.token, code: codeAt(enrolment.secret, now), password: TEST_PASSWORD }, ADDRESS, now);
  if (!result.ok) throw new Error(result.message);
  return { secret: enrolment.secret, codes: result.data!.recoveryCodes };
}

const signIn = async (userId: number, code?: string, now = T0 + 2 * STEP) => {
  const { vi } = await import("vitest");
  vi.useFakeTimers({ toFake: ["Date"], now });
  try {
    return await verifySignIn(await emailOf(userId), TEST_PASSWORD, ADDRESS, code);
  } finally {
    vi.useRealTimers();
  }
};

describe("two-factor sign-in", () => {
  let psychiatrist: number;
  beforeEach(async () => {
    await resetDatabase();
    psychiatrist = await createPsychiatrist();
  });

  it("turns on with a code from the app and the password, keeping only a sealed secret and hashed codes", async () => {
    const { secret, codes } = await enrol(psychiatrist);
    expect(codes).toHaveLength(10);
    const [row] = await getDb().select().from(twoFactor).where(eq(twoFactor.userId, psychiatrist));
    expect(row.sealedSecret).not.toContain(secret);
    expect(row.lastTimeStep).toBe(T0 / STEP);
    const stored = await getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, psychiatrist));
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);
    expect(await twoFactorStatus(psychiatrist, "psychiatrist")).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    expect(await auditTrail("account.2fa.enable")).toEqual([expect.objectContaining({ actorId: psychiatrist, targetId: psychiatrist, outcome: "allowed" })]);
    const [email] = await accountEmails(psychiatrist);
    expect(email).toMatchObject({ subject: "Two-factor sign-in is on for your MiWell account" });
    // Enabling does not sign anyone out.
    expect(await userRow(psychiatrist)).toMatchObject({ sessionVersion: 1 });
  });

  it("refuses to turn on with a wrong code, a wrong password, an expired or another's set-up, or twice", async () => {
    const email = await emailOf(psychiatrist);
    const enrolment = startEnrolment(psychiatrist, email, T0);
    const input = { enrolment: enrolment.token, code: codeAt(enrolment.secret, T0), password: TEST_PASSWORD };
    const enable = (changes: object, now = T0) => enableTwoFactor({ id: psychiatrist }, { ...input, ...changes }, ADDRESS, now);
    expect(await enable({ code: codeAt(enrolment.secret, T0 + 3 * STEP) })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE_HERE] } });
    expect(await enable({ password: "not my password" })).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_CURRENT_PASSWORD] } });
    expect(await enable({ code: "12345" })).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("6-digit")] } });
    expect(await enable({}, T0 + 31 * 60_000)).toMatchObject({ ok: false, message: ENROLMENT_EXPIRED });
    const other = await createPsychiatrist();
    expect(await enableTwoFactor({ id: other }, input, ADDRESS, T0)).toMatchObject({ ok: false, message: ENROLMENT_EXPIRED });
    expect(await twoFactorStatus(psychiatrist, "psychiatrist")).toMatchObject({ enabled: false });
    expect(await enable({})).toMatchObject({ ok: true });
    expect(await enable({})).toMatchObject({ ok: false, message: ALREADY_ON });
    expect(await auditTrail("account.2fa.enable")).toHaveLength(1);
  });

  it("is for staff only: a patient, a disabled account and a deleted one are refused", async () => {
    const { userId: patient, email } = await createPatient();
    const enrolment = startEnrolment(patient, email, T0);
    const input = { enrolment: enrolment.token, code: codeAt(enrolment.secret, T0), password: TEST_PASSWORD };
    expect(await enableTwoFactor({ id: patient }, input, ADDRESS, T0)).toMatchObject({ ok: false, message: STAFF_ONLY });
    expect(await twoFactorStatus(patient, "patient")).toBeNull();
    const admin = await createAdminAccount({ disabled: true });
    expect(await enableTwoFactor({ id: admin }, input, ADDRESS, T0)).toMatchObject({ ok: false, message: ACCOUNT_UNAVAILABLE });
    expect(await disableTwoFactor({ id: 999_999 }, { password: TEST_PASSWORD, code: "123456" }, ADDRESS, T0)).toMatchObject({ ok: false, message: ACCOUNT_UNAVAILABLE });
    expect(await getDb().select().from(twoFactor)).toEqual([]);
    expect((await auditTrail("account.2fa.enable")).map((row) => row.outcome)).toEqual(["denied", "denied"]);
  });

  it("asks for the code after the password, accepts each code once, within a step either side", async () => {
    const { secret } = await enrol(psychiatrist);
    expect(await signIn(psychiatrist)).toEqual({ ok: false, reason: "code-needed" });
    expect(await signIn(psychiatrist, "000000")).toEqual({ ok: false, reason: "code-wrong" });
    const now = T0 + 10 * STEP;
    expect(await signIn(psychiatrist, codeAt(secret, now + STEP), now)).toMatchObject({ ok: true, user: { id: psychiatrist } });
    // The same code, or one from an earlier step, does not work again.
    expect(await signIn(psychiatrist, codeAt(secret, now + STEP), now)).toEqual({ ok: false, reason: "code-wrong" });
    expect(await signIn(psychiatrist, codeAt(secret, now), now)).toEqual({ ok: false, reason: "code-wrong" });
    // Two steps away is too far.
    expect(await signIn(psychiatrist, codeAt(secret, now + 4 * STEP), now + STEP * 6)).toEqual({ ok: false, reason: "code-wrong" });
    expect(await signIn(psychiatrist, ` ${codeAt(secret, now + 20 * STEP).replace(/(\d{3})/, "$1 ")}`, now + 20 * STEP)).toMatchObject({ ok: true });
  });

  it("accepts each recovery code once, and audits its use", async () => {
    const { codes } = await enrol(psychiatrist);
    expect(await signIn(psychiatrist, codes[3].toUpperCase())).toMatchObject({ ok: true });
    expect(await signIn(psychiatrist, codes[3])).toEqual({ ok: false, reason: "code-wrong" });
    expect(await signIn(psychiatrist, "abcdef-ghijkm-npqrst-uvwxyz")).toEqual({ ok: false, reason: "code-wrong" });
    expect(await signIn(psychiatrist, "not a code")).toEqual({ ok: false, reason: "code-wrong" });
    expect(await twoFactorStatus(psychiatrist, "psychiatrist")).toMatchObject({ recoveryCodesLeft: 9 });
    expect(await auditTrail("account.2fa.recovery-used")).toEqual([expect.objectContaining({ actorId: psychiatrist, outcome: "allowed" })]);
  });

  it("counts codes against the sign-in limit: after five tries even the right code is refused", async () => {
    const { secret } = await enrol(psychiatrist);
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) expect(await signIn(psychiatrist, "000000")).toMatchObject({ reason: "code-wrong" });
    expect(await signIn(psychiatrist, codeAt(secret, T0 + 2 * STEP))).toMatchObject({ ok: false, reason: "locked" });
  });

  it("does not sign in a disabled account, and a password alone never gets as far as a code", async () => {
    await enrol(psychiatrist);
    const wrongPassword = await verifySignIn(await emailOf(psychiatrist), "not my password", ADDRESS, "000000");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, psychiatrist));
    expect(await signIn(psychiatrist)).toEqual({ ok: false, reason: "disabled" });
  });

  it("accepts no authenticator code once AUTH_SECRET has changed, but recovery codes still work", async () => {
    const { secret, codes } = await enrol(psychiatrist);
    const { vi } = await import("vitest");
    vi.stubEnv("AUTH_SECRET", "a rotated secret");
    try {
      expect(await signIn(psychiatrist, codeAt(secret, T0 + 2 * STEP))).toEqual({ ok: false, reason: "code-wrong" });
      expect(await signIn(psychiatrist, codes[0])).toMatchObject({ ok: true });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("turns off with the password and a code, ending other sessions, unless the service requires it", async () => {
    const { secret, codes } = await enrol(psychiatrist);
    const now = T0 + 5 * STEP;
    const off = (input: object) => disableTwoFactor({ id: psychiatrist }, { password: TEST_PASSWORD, code: codeAt(secret, now), ...input }, ADDRESS, now);
    expect(await off({ code: "000000" })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE_HERE] } });
    expect(await off({ password: "wrong" })).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_CURRENT_PASSWORD] } });
    expect(await off({ code: "" })).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    await saveSetting("staffTwoFactor", "required", null);
    expect(await off({})).toMatchObject({ ok: false, message: REQUIRED_BY_SERVICE });
    await saveSetting("staffTwoFactor", "optional", null);
    // A recovery code does as well as the app's code.
    expect(await off({ code: codes[0] })).toEqual({ ok: true, data: { email: await emailOf(psychiatrist) } });
    expect(await twoFactorStatus(psychiatrist, "psychiatrist")).toEqual({ enabled: false, recoveryCodesLeft: 0, required: false });
    expect(await userRow(psychiatrist)).toMatchObject({ sessionVersion: 2 });
    expect(await signIn(psychiatrist)).toMatchObject({ ok: true });
    expect(await auditTrail("account.2fa.disable")).toEqual([expect.objectContaining({ actorId: psychiatrist, outcome: "allowed" })]);
    expect((await accountEmails(psychiatrist)).map((e) => e.subject)).toContain("Two-factor sign-in is off for your MiWell account");
    expect(await off({})).toMatchObject({ ok: false, message: NOT_ON });
  });

  it("counts codes tried to turn it off against the sign-in limit, so the right password cannot be used to guess them", async () => {
    const { secret } = await enrol(psychiatrist);
    const now = T0 + 5 * STEP;
    const off = (code: string) => disableTwoFactor({ id: psychiatrist }, { password: TEST_PASSWORD, code }, ADDRESS, now);
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) expect(await off("000000")).toMatchObject({ fieldErrors: { code: [WRONG_CODE_HERE] } });
    expect(await off(codeAt(secret, now))).toMatchObject({ ok: false, message: expect.stringContaining("Too many wrong passwords"), fieldErrors: {} });
    expect(await twoFactorStatus(psychiatrist, "psychiatrist")).toMatchObject({ enabled: true });
    // An account that is not there is refused as a wrong password, and no code is looked at.
    const looked = { code: false };
    const missing = await confirmPasswordAndCode(999_999, TEST_PASSWORD, async () => (looked.code = true), ADDRESS);
    expect(missing).toMatchObject({ fieldErrors: { password: [WRONG_CURRENT_PASSWORD] } });
    expect(looked.code).toBe(false);
  });

  it("makes new recovery codes in place of the old with the password and a code", async () => {
    const { secret, codes } = await enrol(psychiatrist);
    const now = T0 + 5 * STEP;
    const renew = (input: object) => regenerateRecoveryCodes({ id: psychiatrist }, { password: TEST_PASSWORD, code: codeAt(secret, now), ...input }, ADDRESS, now);
    expect(await renew({ code: "111111" })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE_HERE] } });
    const renewed = await renew({});
    expect(renewed).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    const fresh = (renewed as { data: { recoveryCodes: string[] } }).data.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(await signIn(psychiatrist, codes[1])).toEqual({ ok: false, reason: "code-wrong" });
    expect(await signIn(psychiatrist, fresh[1])).toMatchObject({ ok: true });
    expect(await auditTrail("account.2fa.recovery-codes")).toHaveLength(1);
    expect((await accountEmails(psychiatrist)).map((e) => e.subject)).toContain("New recovery codes for your MiWell account");
    const other = await createPsychiatrist();
    expect(await regenerateRecoveryCodes({ id: other }, { password: TEST_PASSWORD, code: "123456" }, ADDRESS, now)).toMatchObject({ ok: false, message: NOT_ON });
  });

  it("sends staff without it to set it up when the service requires it; never patients", async () => {
    const admin = await createAdminAccount();
    const { userId: patient } = await createPatient();
    const must = (id: number, role: "patient" | "psychiatrist" | "admin") => mustSetUpTwoFactor({ id, role });
    expect(await must(psychiatrist, "psychiatrist")).toBe(false);
    await saveSetting("staffTwoFactor", "required", null);
    expect(await must(psychiatrist, "psychiatrist")).toBe(true);
    expect(await must(admin, "admin")).toBe(true);
    expect(await must(patient, "patient")).toBe(false);
    expect(await twoFactorStatus(admin, "admin")).toMatchObject({ required: true, enabled: false });
    await enrol(psychiatrist);
    expect(await must(psychiatrist, "psychiatrist")).toBe(false);
  });
});
