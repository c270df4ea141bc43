import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { ACCOUNT_ATTEMPTS } from "@/lib/auth/rate-limit";
import { WRONG_CURRENT_PASSWORD } from "@/lib/auth/sign-in-messages";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { emailKeys } from "@/lib/notifications/email-keys";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { accountEmails } from "@/lib/testing/account-profile";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { changeOwnPassword } from "./change-own-password";
import { ACCOUNT_UNAVAILABLE } from "./own-account";
import { SAME_AS_CURRENT } from "./password-change-schema";

const NEW_PASSWORD = "a quiet walk along the canal";
const address = "203.0.113.80";
const change = (fields: Partial<Record<"currentPassword" | "password" | "confirmPassword", string>> = {}) => ({
  currentPassword: TEST_PASSWORD,
  password: NEW_PASSWORD,
  confirmPassword: fields.password ?? NEW_PASSWORD,
  ...fields,
});

describe("changeOwnPassword", () => {
  let patientId: number;
  let email: string;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    ({ userId: patientId, email } = await createPatient({ firstName: "Riley", timezone: "America/New_York" }));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("changes the password, ends every session, emails the owner saying when, and audits it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-10T18:30:00Z"));
    expect(await changeOwnPassword({ id: patientId, ip: address }, change(), address)).toEqual({ ok: true, data: { email } });
    expect(await userRow(patientId)).toMatchObject({ sessionVersion: 2 });
    expect(await verifySignIn(email, TEST_PASSWORD, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn(email, NEW_PASSWORD, address)).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
    const [notice] = await accountEmails(patientId);
    expect(notice).toMatchObject({ dedupeKey: emailKeys.passwordChanged(patientId, 2), toAddress: email, subject: "Your MiWell password was changed", status: "pending" });
    // On the owner's own clock: 14:30 in New York.
    expect(notice.textBody).toContain("changed on Wednesday, 10 June 2026 at 14:30 (America/New York)");
    expect(notice.textBody).toContain("contact the charity straight away");
    expect(notice.textBody).not.toContain(NEW_PASSWORD);
    expect(await auditTrail("account.password")).toEqual([
      { actorId: patientId, action: "account.password", outcome: "allowed", targetType: "user", targetId: patientId, patientId },
    ]);
  });

  it("works for every role, a psychiatrist awaiting approval included", async () => {
    const accounts = [await createPsychiatrist(), await createPsychiatrist({ approved: false }), await createAdminAccount()];
    for (const id of accounts) {
      const { email: theirs } = await userRow(id);
      expect(await changeOwnPassword({ id }, change(), address)).toEqual({ ok: true, data: { email: theirs } });
      expect(await userRow(id)).toMatchObject({ sessionVersion: 2 });
      expect(await accountEmails(id)).toEqual([expect.objectContaining({ dedupeKey: emailKeys.passwordChanged(id, 2), toAddress: theirs })]);
    }
    expect((await auditTrail("account.password")).map((row) => [row.actorId, row.patientId])).toEqual(accounts.map((id) => [id, null]));
  });

  it("gives each change its own email", async () => {
    await changeOwnPassword({ id: patientId }, change(), address);
    await changeOwnPassword({ id: patientId }, change({ currentPassword: NEW_PASSWORD, password: "another long passphrase" }), address);
    expect((await accountEmails(patientId)).map((e) => e.dedupeKey)).toEqual([emailKeys.passwordChanged(patientId, 2), emailKeys.passwordChanged(patientId, 3)]);
  });

  async function expectNothingChanged(): Promise<void> {
    expect(await userRow(patientId)).toMatchObject({ sessionVersion: 1 });
    expect((await verifySignIn(email, TEST_PASSWORD, "198.51.100.250")).ok).toBe(true);
    expect(await accountEmails(patientId)).toEqual([]);
    expect(await auditTrail("account.password")).toEqual([]);
  }

  it("refuses a wrong current password next to it, and changes nothing", async () => {
    expect(await changeOwnPassword({ id: patientId }, change({ currentPassword: "not my password" }), address)).toEqual({
      ok: false,
      message: "Please correct the highlighted field.",
      fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] },
    });
    await expectNothingChanged();
  });

  it("locks after the sign-in limit, even with the right password, and changes nothing", async () => {
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) await changeOwnPassword({ id: patientId }, change({ currentPassword: `wrong ${i}` }), address);
    const locked = await changeOwnPassword({ id: patientId }, change(), address);
    expect(locked).toEqual({ ok: false, message: expect.stringMatching(/^Too many wrong passwords\. .* wait 15 minutes/), fieldErrors: {} });
    expect(await userRow(patientId)).toMatchObject({ sessionVersion: 1 });
    expect(await accountEmails(patientId)).toEqual([]);
  });

  it("asks for a new password that differs from the current one and follows the registration rules", async () => {
    const cases: [ReturnType<typeof change>, Record<string, string[]>][] = [
      [change({ password: TEST_PASSWORD }), { password: [SAME_AS_CURRENT] }],
      [change({ password: "short" }), { password: ["Your password must be at least 10 characters"] }],
      [change({ password: "1234567890" }), { password: ["This password is too common; choose one that is harder to guess"] }],
      [change({ confirmPassword: "something else entirely" }), { confirmPassword: ["The two passwords do not match"] }],
      [change({ currentPassword: "" }), { currentPassword: ["Enter your current password"] }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect(await changeOwnPassword({ id: patientId }, input, address)).toMatchObject({ ok: false, fieldErrors });
    }
    await expectNothingChanged();
  });

  it("refuses a disabled or deleted account before looking at the password, and audits the refusal", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, patientId));
    expect(await changeOwnPassword({ id: patientId, ip: address }, change(), address)).toEqual({ ok: false, message: ACCOUNT_UNAVAILABLE, fieldErrors: {} });
    expect(await changeOwnPassword({ id: patientId + 1000 }, change(), address)).toEqual({ ok: false, message: ACCOUNT_UNAVAILABLE, fieldErrors: {} });
    expect(await userRow(patientId)).toMatchObject({ sessionVersion: 1 });
    expect((await auditTrail("account.password")).map((row) => [row.actorId, row.outcome])).toEqual([
      [patientId, "denied"],
      [patientId + 1000, "denied"],
    ]);
  });
});
