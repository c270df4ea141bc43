import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { WRONG_CURRENT_PASSWORD } from "@/lib/auth/sign-in-messages";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { accountEmails } from "@/lib/testing/account-profile";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; signIn runs MiWell's real credentials check.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
const auth = vi.hoisted(() => ({ double: undefined as unknown as ReturnType<typeof import("@/lib/testing/next-auth-double").nextAuthDouble> }));
vi.mock("@/lib/auth/next-auth", async () => {
  const { nextAuthDouble } = await import("@/lib/testing/next-auth-double");
  auth.double = nextAuthDouble();
  auth.double.auth.mockImplementation((async () => session.current) as never);
  return auth.double;
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.72" }) }));
// The database going away mid-change is simulated by making the next change throw.
const failNextChange = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/accounts/profile/change-own-password", async (load) => {
  const actual = await load<typeof import("@/lib/accounts/profile/change-own-password")>();
  return {
    changeOwnPassword: (...args: Parameters<typeof actual.changeOwnPassword>) => {
      if (!failNextChange.on) return actual.changeOwnPassword(...args);
      failNextChange.on = false;
      return Promise.reject(new Error("connection lost"));
    },
  };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { changePasswordAction } = await import("./actions");

const NEW_PASSWORD = "a quiet walk along the canal";
const form = (fields: Record<string, string> = {}) =>
  formData({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmPassword: fields.password ?? NEW_PASSWORD, ...fields });

describe("changePasswordAction", () => {
  let patient: number;
  let email: string;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    ({ userId: patient, email } = await createPatient());
    session.current = null;
    failNextChange.on = false;
    auth.double.signIn.mockClear();
  });

  const signInAs = (userId: number, sessionVersion = 1) => (session.current = { userId, role: "patient", sessionVersion, sessionId: TEST_SESSION_ID });

  it("changes the password, signs this browser back in with the new one, and says so", async () => {
    signInAs(patient);
    expect(await redirectedTo(changePasswordAction(null, form()))).toBe("/account/password?changed=1");
    // The double's signIn runs the real credentials check, which only the new password passes.
    expect(auth.double.signIn).toHaveBeenCalledWith("credentials", { email, password: NEW_PASSWORD, redirect: false });
    await expect(auth.double.signIn.mock.results[0].value).resolves.toBeUndefined();
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 2 });
    expect(await accountEmails(patient)).toHaveLength(1);
  });

  it("sends the person to sign in with the new password if signing this browser back in fails", async () => {
    signInAs(patient);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    auth.double.signIn.mockRejectedValueOnce(new Error("cookie store unavailable"));
    expect(await redirectedTo(changePasswordAction(null, form()))).toBe("/login?callbackUrl=%2Faccount%2Fpassword%3Fchanged%3D1");
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 2 });
  });

  it("sends the anonymous, a disabled account and an ended session to sign in, changing nothing", async () => {
    expect(await redirectedTo(changePasswordAction(null, form()))).toBe("/login");
    signInAs(patient, 7);
    expect(await redirectedTo(changePasswordAction(null, form()))).toBe("/login");
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, patient));
    signInAs(patient);
    expect(await redirectedTo(changePasswordAction(null, form()))).toBe("/login");
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 1 });
    expect(auth.double.signIn).not.toHaveBeenCalled();
    expect(await auditTrail("account.password")).toEqual([]);
  });

  it("returns field messages for a wrong current password or a mismatch, and keeps the form when the database fails", async () => {
    signInAs(patient);
    expect(await changePasswordAction(null, form({ currentPassword: "not my password" }))).toMatchObject({ ok: false, fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    expect(await changePasswordAction(null, form({ confirmPassword: "something else" }))).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two passwords do not match"] } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failNextChange.on = true;
    expect(await changePasswordAction(null, form())).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    logged.mockRestore();
    expect(await userRow(patient)).toMatchObject({ sessionVersion: 1 });
    expect(auth.double.signIn).not.toHaveBeenCalled();
  });
});
