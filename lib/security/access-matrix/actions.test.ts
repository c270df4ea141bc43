import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { buildAccessWorld, disableAccount } from "@/lib/testing/access-world";
import { resetDatabase } from "@/lib/testing/reset-database";
import { changedTables, type Checksums, checksums, restoreCopy, rowsOf, saveCopy } from "./database-state";
import { ACCESS_MATRIX, type AccessWorld, type ActionEntry, type Fields, IDENTITIES, type Identity, leakedMarker, type Outcome, victimOf } from "./matrix";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the row says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({
  auth: async () => session.current,
  // As Auth.js would: MiWell's real credentials check, without a cookie to set.
  signIn: async (_provider: string, options: { email: string; password: string }) =>
    void (await authorizeCredentials(options, new Request("http://localhost/", { headers: { "x-forwarded-for": "192.0.2.66" } }))),
  signOut: async () => {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.66" }) }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const root = path.resolve(__dirname, "../../..");

type Observed = { kind: "sign-in" | "pending" | "forbidden" | "completed" | "failure"; seen: string };

/** What the caller observes: a redirect, a 403, or the action's own answer. */
async function observe(run: () => Promise<unknown>): Promise<Observed> {
  try {
    const value = await run();
    const failed = typeof value === "object" && value !== null && (value as { ok?: boolean }).ok === false;
    return { kind: failed ? "failure" : "completed", seen: JSON.stringify(value ?? null) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;403")) return { kind: "forbidden", seen: digest };
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    const to = digest.split(";")[2];
    if (/^\/login(\?|$)/.test(to)) return { kind: "sign-in", seen: to };
    if (to === "/awaiting-approval") return { kind: "pending", seen: to };
    return { kind: "completed", seen: to };
  }
}

function toForm(fields: Fields): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
  return form;
}

async function callAs(world: AccessWorld, as: Identity, entry: ActionEntry, fields: Fields): Promise<Observed> {
  if (as === "anonymous") session.current = null;
  else {
    const { userId, role } = world[as];
    const [{ sessionVersion }] = await getDb().select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
    session.current = { userId, role, sessionVersion, sessionId: TEST_SESSION_ID };
  }
  const action = ((await import(path.join(root, entry.module))) as Record<string, (...args: unknown[]) => Promise<unknown>>)[entry.name];
  const form = toForm(fields);
  // (form) for a button's action, (previous state, form) for useActionState's.
  return observe(() => (action.length >= 2 ? action(null, form) : action(form)));
}

const REFUSALS: Partial<Record<Outcome, Observed["kind"]>> = { "sign-in": "sign-in", pending: "pending", forbidden: "forbidden" };

describe("the access-control matrix, server actions called directly", () => {
  let world: AccessWorld;
  let saved: Checksums;
  beforeAll(async () => {
    await resetDatabase();
    world = await buildAccessWorld(`m${process.pid}`);
    await disableAccount(world);
    saved = await saveCopy();
  });
  afterAll(() => {
    session.current = null;
  });

  for (const entry of ACCESS_MATRIX.actions) {
    it(`${entry.module} ${entry.name}`, async () => {
      for (const as of IDENTITIES) {
        const expected = entry.expect[as];
        const label = `${entry.name} as ${as} (expected ${expected})`;
        const victim = victimOf(world, as).userId;
        const victimBefore = await rowsOf(victim);
        const before = await checksums();
        const got = await callAs(world, as, entry, entry.form(world, as));
        const changed = changedTables(before, await checksums());

        expect(leakedMarker(world, as, got.seen), `${label}: answered ${got.seen}`).toBeNull();
        // Whatever the caller may do, the record they aimed at stays as it was (an admin may change anyone's).
        if (as !== "admin") expect(await rowsOf(victim), `${label}: changed the victim's rows`).toBe(victimBefore);
        const refusal = REFUSALS[expected];
        if (refusal) {
          expect(got.kind, `${label}: ${got.seen}`).toBe(refusal);
          expect(changed, label).toEqual([]);
        } else if (expected === "refused") {
          expect(["completed", "failure"], `${label}: ${got.seen}`).toContain(got.kind);
          expect(changed, `${label}: ${got.seen}`).toEqual([]);
        } else {
          expect(["completed", "failure"], `${label}: ${got.seen}`).toContain(got.kind);
          if (entry.writes) expect(changed.length, `${label}: stored nothing (${got.seen})`).toBeGreaterThan(0);
        }
        await restoreCopy(saved);
      }
      // The refused callers can do the same to a record of their own: the refusal was about whose it is.
      for (const as of entry.own?.for ?? []) {
        const before = await checksums();
        const got = await callAs(world, as, entry, entry.own!.form(world, as));
        expect(got.kind, `${entry.name} on their own record as ${as}: ${got.seen}`).toBe("completed");
        expect(changedTables(before, await checksums()).length, `${entry.name} on their own record as ${as}`).toBeGreaterThan(0);
        expect(leakedMarker(world, as, got.seen)).toBeNull();
        await restoreCopy(saved);
      }
    });
  }
});
