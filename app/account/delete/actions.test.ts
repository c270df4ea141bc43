import { beforeEach, describe, expect, it, vi } from "vitest";
import { PASSWORD_TO_DELETE } from "@/lib/accounts/deletion/delete-account-schema";
import { DELETION_REFUSED } from "@/lib/accounts/deletion/deletion-messages";
import { ACCOUNT_ATTEMPTS } from "@/lib/auth/rate-limit";
import { WRONG_CURRENT_PASSWORD } from "@/lib/auth/sign-in-messages";
import { createPatient, createPsychiatrist, TEST_PASSWORD } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; signing out is recorded, not performed.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
const signOut = vi.hoisted(() => vi.fn(async (_options: { redirectTo: string }) => {}));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current, signOut }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.77", "x-miwell-path": "/account/delete" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { deleteAccountAction } = await import("./actions");

const signInAs = (userId: number, role: string) => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });
const submit = (fields: Record<string, string>) => deleteAccountAction(null, formData(fields));

describe("deleteAccountAction", () => {
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patient = (await createPatient()).userId;
    session.current = null;
    signOut.mockClear();
  });

  it("sends the anonymous to sign in, deleting nothing", async () => {
    expect(await redirectedTo(submit({ password: TEST_PASSWORD }))).toBe("/login?callbackUrl=%2Faccount%2Fdelete");
    expect(await userRow(patient)).toMatchObject({ status: "active" });
    expect(signOut).not.toHaveBeenCalled();
  });

  it("asks for the password, and says so next to it when it is wrong or tried too often", async () => {
    signInAs(patient, "patient");
    expect(await submit({})).toMatchObject({ ok: false, fieldErrors: { password: [PASSWORD_TO_DELETE] } });
    expect(await submit({ password: "not my password" })).toMatchObject({ ok: false, fieldErrors: { password: [WRONG_CURRENT_PASSWORD] } });
    for (let i = 1; i < ACCOUNT_ATTEMPTS; i++) await submit({ password: "still not it" });
    expect(await submit({ password: TEST_PASSWORD })).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/^Too many wrong passwords\. .*wait 15 minutes/)] } });
    expect(await userRow(patient)).toMatchObject({ status: "active" });
    expect(signOut).not.toHaveBeenCalled();
  });

  it("says why when the last active admin tries to leave", async () => {
    const admin = await createAdminAccount();
    signInAs(admin, "admin");
    expect(await submit({ password: TEST_PASSWORD })).toEqual({ ok: false, message: DELETION_REFUSED["last-admin"], fieldErrors: {} });
    expect(await userRow(admin)).toMatchObject({ status: "active" });
  });

  it("deletes the caller's own account and signs the browser out to the confirmation page", async () => {
    signInAs(patient, "patient");
    expect(await submit({ password: TEST_PASSWORD })).toEqual({ ok: true });
    expect(signOut).toHaveBeenCalledExactlyOnceWith({ redirectTo: "/account-deleted" });
    expect(await userRow(patient)).toBeUndefined();
    expect(await auditTrail("account.delete")).toMatchObject([{ actorId: patient, targetId: patient }]);
  });

  it("a session whose account is gone is sent to sign in", async () => {
    signInAs(patient, "patient");
    await submit({ password: TEST_PASSWORD });
    expect(await redirectedTo(submit({ password: TEST_PASSWORD }))).toBe("/login?callbackUrl=%2Faccount%2Fdelete");
  });
});
