import { beforeEach, describe, expect, it } from "vitest";
import { TEST_PASSWORD, createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { SignInRefused, authorizeCredentials, sessionFromToken, tokenWithAccount } from "./credentials";
import { ACCOUNT_ATTEMPTS } from "./rate-limit";

const request = (address = "203.0.113.5") => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": address } });

async function refusal(credentials: unknown): Promise<string> {
  try {
    await authorizeCredentials(credentials, request());
  } catch (error) {
    if (error instanceof SignInRefused) return error.code;
    throw error;
  }
  return "accepted";
}

describe("authorizeCredentials", () => {
  let email: string;
  let userId: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    ({ email, userId } = await createPatient());
  });

  it("returns the account for the right email (any case) and password", async () => {
    const user = await authorizeCredentials({ email: email.toUpperCase(), password: TEST_PASSWORD }, request());
    expect(user).toEqual({ id: String(userId), role: "patient", sessionVersion: 1 });
  });

  it("refuses malformed input and wrong passwords with the code the form understands", async () => {
    expect(await refusal({ email: "not-an-email", password: "x" })).toBe("invalid");
    expect(await refusal({ password: TEST_PASSWORD })).toBe("invalid");
    expect(await refusal({ email, password: "wrong password" })).toBe("invalid");
  });

  it("reports a lock with the seconds left", async () => {
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) await refusal({ email, password: "wrong password" });
    expect(await refusal({ email, password: TEST_PASSWORD })).toMatch(/^locked:\d+$/);
  });
});

describe("session token", () => {
  it("carries id, role, session version and a session id of its own from sign-in to the session", () => {
    const token = tokenWithAccount({ name: "x" }, { id: "42", role: "admin", sessionVersion: 3 }, 1_000)!;
    expect(token).toEqual({ name: "x", sub: "42", role: "admin", sv: 3, sid: expect.stringMatching(/^[0-9a-f]{32}$/), signedInAt: 1_000, seenAt: 1_000 });
    // A later request moves "last seen" on and keeps the rest, the session id included.
    expect(tokenWithAccount(token, undefined, 1_060)).toEqual({ ...token, seenAt: 1_060 });
    const session = sessionFromToken({ expires: "2030-01-01T00:00:00.000Z" } as never, token);
    expect(session).toMatchObject({ userId: 42, role: "admin", sessionVersion: 3, sessionId: token.sid });
    expect(sessionFromToken({ expires: "" } as never, { sub: "7" }).sessionVersion).toBe(0);
  });

  it("gives every sign-in its own session id, and ends a token that has none", () => {
    const user = { id: "42", role: "patient" as const, sessionVersion: 1 };
    const first = tokenWithAccount({}, user, 1_000)!;
    const second = tokenWithAccount({}, user, 1_000)!;
    expect(first.sid).not.toBe(second.sid);
    const { sid: _sid, ...withoutId } = first;
    expect(tokenWithAccount(withoutId, undefined, 1_060)).toBeNull();
  });
});
