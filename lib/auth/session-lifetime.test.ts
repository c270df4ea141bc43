import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { handlers } from "./next-auth";
import { SESSION_LIMITS, nowInSeconds, sessionEnded } from "./session-lifetime";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

describe("how long a session lasts", () => {
  const now = 1_800_000_000;
  const staff = (signedInAgo: number, seenAgo: number) => ({ role: "psychiatrist" as const, signedInAt: now - signedInAgo, seenAt: now - seenAgo });

  it("ends a staff session after 30 minutes without a request", () => {
    expect(sessionEnded(staff(HOUR, 30 * MINUTE), now)).toBe(false);
    expect(sessionEnded(staff(HOUR, 30 * MINUTE + 1), now)).toBe(true);
    expect(sessionEnded({ ...staff(HOUR, 31 * MINUTE), role: "admin" }, now)).toBe(true);
  });

  it("ends a staff session 12 hours after sign-in, however busy", () => {
    expect(sessionEnded(staff(12 * HOUR, 0), now)).toBe(false);
    expect(sessionEnded(staff(12 * HOUR + 1, 0), now)).toBe(true);
  });

  it("keeps a patient signed in for 30 days whatever the gaps, and not a second longer", () => {
    const patient = { role: "patient" as const, signedInAt: now - 30 * 24 * HOUR, seenAt: now - 29 * 24 * HOUR };
    expect(sessionEnded(patient, now)).toBe(false);
    expect(sessionEnded(patient, now + 1)).toBe(true);
    expect(SESSION_LIMITS.patient.idleSeconds).toBeNull();
  });

  it("ends a token that carries no times or no known role", () => {
    expect(sessionEnded({ role: "admin" }, now)).toBe(true);
    expect(sessionEnded({ role: "admin", signedInAt: now }, now)).toBe(true);
    expect(sessionEnded({ role: "nurse" as never, signedInAt: now, seenAt: now }, now)).toBe(true);
  });
});

// Through Auth.js itself, as a browser's cookie reaches it: the session answer and the cookie it sets.
const COOKIE = "authjs.session-token";

async function sessionWith(token: Record<string, unknown>, origin = "http://localhost:3000", name = COOKIE) {
  const cookie = await encodeSessionToken({ token, secret: process.env.AUTH_SECRET!, salt: name });
  const response = await handlers.GET(new NextRequest(`${origin}/api/auth/session`, { headers: { cookie: `${name}=${cookie}` } }));
  return { session: await response.json(), setCookie: response.headers.getSetCookie().join("\n") };
}

describe("the session Auth.js answers", () => {
  const base = { sub: "7", role: "admin", sv: 1, sid: "5e5510".padEnd(32, "0") };

  it("refuses a staff session idle for more than 30 minutes and clears its cookie", async () => {
    const now = nowInSeconds();
    const { session, setCookie } = await sessionWith({ ...base, signedInAt: now - HOUR, seenAt: now - 31 * MINUTE });
    expect(session).toBeNull();
    expect(setCookie).toMatch(new RegExp(`${COOKIE}=;`));
  });

  it("refuses a token from before sessions had ids of their own, which signing out could not end", async () => {
    const now = nowInSeconds();
    const { sid: _sid, ...withoutId } = base;
    const { session, setCookie } = await sessionWith({ ...withoutId, signedInAt: now, seenAt: now });
    expect(session).toBeNull();
    expect(setCookie).toMatch(new RegExp(`${COOKIE}=;`));
  });

  it("keeps an active one and re-issues it, HttpOnly and SameSite=Lax, with 'last seen' moved on", async () => {
    const now = nowInSeconds();
    const { session, setCookie } = await sessionWith({ ...base, signedInAt: now - HOUR, seenAt: now - 29 * MINUTE });
    expect(session).toMatchObject({ userId: 7, role: "admin", sessionVersion: 1 });
    expect(setCookie).toMatch(new RegExp(`${COOKIE}=[^;]+;`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const reissued = await decodeSessionToken({ token: new RegExp(`${COOKIE}=([^;]+);`).exec(setCookie)![1], secret: process.env.AUTH_SECRET!, salt: COOKIE });
    expect(reissued).toMatchObject({ sub: "7", sid: base.sid, signedInAt: now - HOUR });
    expect(reissued!.seenAt).toBeGreaterThanOrEqual(now);
  });

  it("marks the cookie Secure, and only sends it over HTTPS, where production runs", async () => {
    const now = nowInSeconds();
    const secure = `__Secure-${COOKIE}`;
    const { session, setCookie } = await sessionWith({ ...base, signedInAt: now, seenAt: now }, "https://miwell.example", secure);
    expect(session).toMatchObject({ userId: 7 });
    const sessionCookie = setCookie.split("\n").find((c) => c.startsWith(`${secure}=`));
    expect(sessionCookie).toMatch(/; Secure/i);
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
  });
});
