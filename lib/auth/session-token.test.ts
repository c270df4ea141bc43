import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const SALT = "authjs.session-token";
const claims = { sub: "42", role: "patient" as const, sv: 3, signedInAt: 1_700_000_000, seenAt: 1_700_000_100 };

const sealed = (overrides: Partial<Parameters<typeof encodeSessionToken>[0]> = {}) =>
  encodeSessionToken({ token: claims, secret: SECRET, salt: SALT, maxAge: 3600, ...overrides });

/** The token with one character of part `index` changed (base64url stays valid). */
function altered(token: string, index: number): string {
  const parts = token.split(".");
  const part = parts[index];
  parts[index] = `${part[0] === "A" ? "B" : "A"}${part.slice(1)}`;
  return parts.join(".");
}

describe("the session token", () => {
  afterEach(() => vi.useRealTimers());

  it("gives back what was sealed, with when it was issued and when it ends", async () => {
    vi.useFakeTimers({ now: new Date("2026-06-01T12:00:00Z") });
    const token = await sealed();
    const now = Date.parse("2026-06-01T12:00:00Z") / 1000;
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SALT })).toEqual({ ...claims, iat: now, exp: now + 3600 });
  });

  it("shows nothing of its contents and is different every time", async () => {
    const [first, second] = [await sealed(), await sealed()];
    expect(first).not.toBe(second);
    expect(first).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Buffer.from(first.split(".")[2], "base64url").toString("latin1")).not.toContain("patient");
  });

  it("is refused once it has expired", async () => {
    vi.useFakeTimers({ now: new Date("2026-06-01T12:00:00Z") });
    const token = await sealed({ maxAge: 60 });
    vi.setSystemTime(new Date("2026-06-01T12:00:59Z"));
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SALT })).not.toBeNull();
    vi.setSystemTime(new Date("2026-06-01T12:01:00Z"));
    expect(await decodeSessionToken({ token, secret: SECRET, salt: SALT })).toBeNull();
  });

  it("is refused under another secret or cookie name, and when any part was changed", async () => {
    const token = await sealed();
    expect(await decodeSessionToken({ token, secret: "another-secret-of-thirty-two-characters", salt: SALT })).toBeNull();
    expect(await decodeSessionToken({ token, secret: SECRET, salt: "__Secure-authjs.session-token" })).toBeNull();
    for (const part of [1, 2, 3]) expect(await decodeSessionToken({ token: altered(token, part), secret: SECRET, salt: SALT })).toBeNull();
    expect(await decodeSessionToken({ token: token.replace(/^v1/, "v2"), secret: SECRET, salt: SALT })).toBeNull();
  });

  it("is refused when it is not a token at all", async () => {
    for (const token of ["", "v1", "v1.a.b", "v1.a.b.c.d", "eyJhbGciOiJkaXIifQ..x.y.z", "v1.AAAA.AAAA.AAAA"]) {
      expect(await decodeSessionToken({ token, secret: SECRET, salt: SALT })).toBeNull();
    }
    expect(await decodeSessionToken({ token: undefined, secret: SECRET, salt: SALT })).toBeNull();
  });

  it("opens a token sealed under an older secret while new ones use the first", async () => {
    const old = await encodeSessionToken({ token: claims, secret: "the-old-secret-of-thirty-two-characters", salt: SALT });
    const rotated = ["the-new-secret-of-thirty-two-characters", "the-old-secret-of-thirty-two-characters"];
    expect(await decodeSessionToken({ token: old, secret: rotated, salt: SALT })).toMatchObject(claims);
    const fresh = await encodeSessionToken({ token: claims, secret: rotated, salt: SALT });
    expect(await decodeSessionToken({ token: fresh, secret: "the-new-secret-of-thirty-two-characters", salt: SALT })).toMatchObject(claims);
  });
});
