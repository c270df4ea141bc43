import { base32 } from "@otplib/plugin-base32-scure";
import { crypto } from "@otplib/plugin-crypto-node";
import { generateSync } from "@otplib/totp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CODE_NEEDED, WRONG_CODE } from "@/lib/auth/sign-in-messages";
import { startEnrolment } from "@/lib/auth/two-factor/enrolment";
import { STAFF_ONLY } from "@/lib/auth/two-factor/staff-account";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { saveSetting } from "@/lib/settings/service-settings";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
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
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.81" }) }));
// The database going away mid-change is simulated by making the next change throw.
const failNextChange = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/auth/two-factor/manage-two-factor", async (load) => {
  const actual = await load<typeof import("@/lib/auth/two-factor/manage-two-factor")>();
  return {
    ...actual,
    enableTwoFactor: (...args: Parameters<typeof actual.enableTwoFactor>) => {
      if (!failNextChange.on) return actual.enableTwoFactor(...args);
      failNextChange.on = false;
      return Promise.reject(new Error("connection lost"));
    },
  };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { disableTwoFactorAction, enableTwoFactorAction, regenerateRecoveryCodesAction } = await import("./actions");
const { signInAction } = await import("@/app/(public)/login/actions");
const { requireRole, requireUser } = await import("@/lib/auth/current-user");

const codeNow = (secret: string, offsetSteps = 0) => generateSync({ secret, crypto, base32, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

describe("two-factor actions", () => {
  let psychiatrist: number;
  let email: string;
  beforeEach(async () => {
    await resetDatabase();
    psychiatrist = await createPsychiatrist();
    email = (await userRow(psychiatrist)).email;
    session.current = null;
    failNextChange.on = false;
    auth.double.signIn.mockClear();
  });

  const signInAs = (userId: number, role = "psychiatrist", sessionVersion = 1) => (session.current = { userId, role, sessionVersion, sessionId: TEST_SESSION_ID });

  /** Enrols the signed-in psychiatrist through the action, as the page's form posts it. */
  async function enrolThroughAction() {
    const enrolment = startEnrolment(psychiatrist, email);
    const result = await enableTwoFactorAction(null, formData({ enrolment: enrolment.token, code: codeNow(enrolment.secret), password: TEST_PASSWORD }));
    return { secret: enrolment.secret, result };
  }

  it("turns it on and answers with ten recovery codes; then signing in asks for a code", async () => {
    signInAs(psychiatrist);
    const { secret, result } = await enrolThroughAction();
    expect(result).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    const codes = (result as { data: { recoveryCodes: string[] } }).data.recoveryCodes;
    expect(codes).toHaveLength(10);

    session.current = null;
    const signIn = (fields: Record<string, string>) => signInAction(null, formData({ email, password: TEST_PASSWORD, ...fields }));
    expect(await signIn({})).toEqual({ ok: false, message: "Please correct the highlighted field.", fieldErrors: { code: [CODE_NEEDED] } });
    expect(await signIn({ code: "000000" })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    expect(await signIn({ code: "<script>" })).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    const code = codeNow(secret, 1);
    expect(await redirectedTo(signIn({ code }))).toBe("/caseload");
    expect(auth.double.signIn).toHaveBeenLastCalledWith("credentials", { email, password: TEST_PASSWORD, code, redirect: false });
    expect(await redirectedTo(signIn({ code: codes[0] }))).toBe("/caseload");
    expect(await signIn({ code: codes[0] })).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    // A wrong password is refused as before, whatever the code.
    expect(await signIn({ password: "not my password", code: codes[1] })).toMatchObject({ ok: false, fieldErrors: {} });
  });

  it("makes new recovery codes, and turns it off signing this browser back in", async () => {
    signInAs(psychiatrist);
    const { secret } = await enrolThroughAction();
    const renewed = await regenerateRecoveryCodesAction(null, formData({ password: TEST_PASSWORD, code: codeNow(secret, 1) }));
    expect(renewed).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    expect(await disableTwoFactorAction(null, formData({ password: TEST_PASSWORD, code: "000000" }))).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    const codes = (renewed as { data: { recoveryCodes: string[] } }).data.recoveryCodes;
    expect(await redirectedTo(disableTwoFactorAction(null, formData({ password: TEST_PASSWORD, code: codes[0] })))).toBe("/account/two-factor?off=1");
    expect(auth.double.signIn).toHaveBeenLastCalledWith("credentials", { email, password: TEST_PASSWORD, redirect: false });
    expect(await userRow(psychiatrist)).toMatchObject({ sessionVersion: 2 });
  });

  it("sends the person to sign in if signing back in after turning it off fails", async () => {
    signInAs(psychiatrist);
    const { secret } = await enrolThroughAction();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    auth.double.signIn.mockRejectedValueOnce(new Error("cookie store unavailable"));
    expect(await redirectedTo(disableTwoFactorAction(null, formData({ password: TEST_PASSWORD, code: codeNow(secret, 1) })))).toBe(
      "/login?callbackUrl=%2Faccount%2Ftwo-factor%3Foff%3D1",
    );
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it("refuses the anonymous, an ended session and a patient, changing nothing", async () => {
    const form = formData({ enrolment: "v1.x", code: "123456", password: TEST_PASSWORD });
    expect(await redirectedTo(enableTwoFactorAction(null, form))).toBe("/login");
    expect(await redirectedTo(disableTwoFactorAction(null, form))).toBe("/login");
    expect(await redirectedTo(regenerateRecoveryCodesAction(null, form))).toBe("/login");
    signInAs(psychiatrist, "psychiatrist", 9);
    expect(await redirectedTo(enableTwoFactorAction(null, form))).toBe("/login");
    const { userId: patient, email: patientEmail } = await createPatient();
    signInAs(patient, "patient");
    const enrolment = startEnrolment(patient, patientEmail);
    expect(await enableTwoFactorAction(null, formData({ enrolment: enrolment.token, code: codeNow(enrolment.secret), password: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      message: STAFF_ONLY,
    });
    expect(await regenerateRecoveryCodesAction(null, formData({ password: TEST_PASSWORD, code: "123456" }))).toMatchObject({ ok: false, message: STAFF_ONLY });
    expect((await auditTrail()).filter((row) => row.action.startsWith("account.2fa") && row.outcome === "allowed")).toEqual([]);
  });

  it("keeps the form when the database fails", async () => {
    signInAs(psychiatrist);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failNextChange.on = true;
    expect((await enrolThroughAction()).result).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    logged.mockRestore();
  });

  it("when required, sends staff without it from every staff page to set it up; patients and the set-up page carry on", async () => {
    await saveSetting("staffTwoFactor", "required", null);
    signInAs(psychiatrist);
    expect(await redirectedTo(requireRole("psychiatrist"))).toBe("/account/two-factor");
    await expect(requireUser()).resolves.toMatchObject({ id: psychiatrist });
    const { userId: patient } = await createPatient();
    signInAs(patient, "patient");
    await expect(requireRole("patient")).resolves.toMatchObject({ id: patient });
    signInAs(psychiatrist);
    await enrolThroughAction();
    await expect(requireRole("psychiatrist")).resolves.toMatchObject({ id: psychiatrist });
  });
});
