import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/current-user";
import { newSessionId, sessionWasEnded } from "@/lib/auth/ended-sessions";
import { ACCOUNT_ATTEMPTS } from "@/lib/auth/rate-limit";
import { INVALID_CREDENTIALS } from "@/lib/auth/sign-in-messages";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";

const auth = vi.hoisted(() => ({ double: undefined as unknown as ReturnType<typeof import("@/lib/testing/next-auth-double").nextAuthDouble> }));
vi.mock("@/lib/auth/next-auth", async () => {
  const { nextAuthDouble } = await import("@/lib/testing/next-auth-double");
  auth.double = nextAuthDouble();
  return auth.double;
});

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));

const { signInAction } = await import("./actions");
const { signOutAction } = await import("../../actions");

describe("signInAction", () => {
  let patientEmail: string;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist({ email: "doc@example.test" });
    patientEmail = (await createPatient()).email;
  });

  it("takes each role to its home", async () => {
    expect(await redirectedTo(signInAction(null, formData({ email: patientEmail, password: TEST_PASSWORD })))).toBe("/today");
    expect(await redirectedTo(signInAction(null, formData({ email: "doc@example.test", password: TEST_PASSWORD })))).toBe("/caseload");
    await createPsychiatrist({ approved: false, email: "new.doc@example.test" });
    expect(await redirectedTo(signInAction(null, formData({ email: "new.doc@example.test", password: TEST_PASSWORD })))).toBe(
      "/awaiting-approval",
    );
  });

  it("returns to the page asked for, but never to another site", async () => {
    const signIn = (callbackUrl: string) => signInAction(null, formData({ email: patientEmail, password: TEST_PASSWORD, callbackUrl }));
    expect(await redirectedTo(signIn("/today?from=email"))).toBe("/today?from=email");
    expect(await redirectedTo(signIn("https://evil.example/"))).toBe("/today");
    expect(await redirectedTo(signIn("//evil.example/"))).toBe("/today");
  });

  it("answers missing fields next to them", async () => {
    expect(await signInAction(null, formData({ email: "", password: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)], password: ["Enter your password"] },
    });
  });

  it("refuses a wrong password, then locks the account and says when to try again", async () => {
    const attempt = (password: string) => signInAction(null, formData({ email: patientEmail, password }));
    expect(await attempt("wrong password")).toEqual({ ok: false, message: INVALID_CREDENTIALS, fieldErrors: {} });
    for (let i = 1; i < ACCOUNT_ATTEMPTS; i++) await attempt("wrong password");
    const locked = await attempt(TEST_PASSWORD);
    expect(locked).toMatchObject({ ok: false, message: expect.stringMatching(/try again in 15 minutes/) });
  });

  it("lets unexpected errors through to the error page", async () => {
    auth.double.signIn.mockRejectedValueOnce(new Error("database down"));
    await expect(signInAction(null, formData({ email: patientEmail, password: TEST_PASSWORD }))).rejects.toThrow("database down");
  });
});

describe("signOutAction", () => {
  beforeEach(async () => {
    await resetDatabase();
    auth.double.signOut.mockClear();
  });

  it("signs out and lands on the sign-in page", async () => {
    await signOutAction();
    expect(auth.double.signOut).toHaveBeenCalledWith({ redirectTo: "/login?signedOut=1" });
  });

  it("ends this session in the database first, so a copy of its cookie is refused", async () => {
    await createPsychiatrist();
    const { userId } = await createPatient();
    const sessionId = newSessionId();
    const session = { userId, role: "patient", sessionVersion: 1, sessionId };
    // Auth.js's signOut ends the action with a redirect: whatever comes after it never runs.
    let endedBeforeCookieCleared: boolean | undefined;
    auth.double.signOut.mockImplementationOnce(async () => {
      endedBeforeCookieCleared = await sessionWasEnded(sessionId);
    });
    auth.double.auth.mockResolvedValueOnce(session as never);
    await signOutAction();
    expect(endedBeforeCookieCleared).toBe(true);
    expect(await loadSessionUser(session)).toBeNull();
    expect(await loadSessionUser({ ...session, sessionId: newSessionId() })).not.toBeNull();
    // A copy of the ended session signing out again adds nothing to the audit trail.
    auth.double.auth.mockResolvedValueOnce(session as never);
    await signOutAction();
    expect(await getDb().select().from(auditLog).where(eq(auditLog.action, "auth.sign-out"))).toHaveLength(1);
    expect(auth.double.signOut).toHaveBeenCalledTimes(2);
  });

  it("still clears the cookie when the database cannot be reached", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const realUrl = process.env.DATABASE_URL;
    // Port 1 on loopback: nothing listens there, like a stopped database server.
    await closeDb();
    process.env.DATABASE_URL = "mysql://nobody:nothing@127.0.0.1:1/none";
    try {
      auth.double.auth.mockResolvedValueOnce({ userId: 1, role: "patient", sessionVersion: 1, sessionId: newSessionId() } as never);
      await signOutAction();
    } finally {
      await closeDb();
      process.env.DATABASE_URL = realUrl;
    }
    expect(auth.double.signOut).toHaveBeenCalledWith({ redirectTo: "/login?signedOut=1" });
    expect(error).toHaveBeenCalledWith(expect.stringContaining("sign-out: the session could not be ended"));
    error.mockRestore();
  });
});
