import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { RESOLUTION_MAX } from "@/lib/risk/resolution-limits";
import { RESOLUTION_MESSAGE } from "@/lib/risk/resolution-schema";
import { alertRow, createAlert } from "@/lib/testing/alerts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";
import { type Caseloads, twoCaseloads } from "@/lib/testing/review";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.55" }) }));
// Outside a request Next has no router to refresh; that the actions ask for it is checked below.
const refresh = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next/cache", () => ({ refresh: () => void refresh.calls++ }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { acknowledgeAlertAction, resolveAlertAction } = await import("./actions");

const signInAs = (userId: number, role = "psychiatrist") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });

async function auditCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(auditLog);
  return Number(n);
}

describe("alert server actions", () => {
  let c: Caseloads;
  let alices: number;
  let carols: number;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    alices = await createAlert({ patientId: c.alice, rule: "concerning_words", severity: "critical" });
    carols = await createAlert({ patientId: c.carol, rule: "low_mood", severity: "high" });
    session.current = null;
    refresh.calls = 0;
  });

  const ack = (alertId: number | string, returnTo?: string) =>
    acknowledgeAlertAction(formData({ alertId: String(alertId), ...(returnTo ? { returnTo } : {}) }));
  const resolve = (alertId: number | string, resolution?: string, returnTo?: string) =>
    resolveAlertAction(null, formData({ alertId: String(alertId), ...(resolution === undefined ? {} : { resolution }), ...(returnTo ? { returnTo } : {}) }));

  it("acknowledges, then resolves, the psychiatrist's own patient's alert and goes back with what happened", async () => {
    signInAs(c.doctor);
    expect(await redirectedTo(ack(alices))).toBe("/alerts?alert=acknowledged");
    expect(await alertRow(alices)).toMatchObject({ status: "acknowledged", acknowledgedBy: c.doctor });
    expect(await redirectedTo(ack(alices, `/patients/${c.alice}`))).toBe(`/patients/${c.alice}?alert=already-acknowledged`);

    expect(await redirectedTo(resolve(alices, "  Called her; she is safe.  ", "/alerts?show=all"))).toBe("/alerts?show=all&alert=resolved");
    expect(await alertRow(alices)).toMatchObject({ status: "resolved", resolvedBy: c.doctor, resolution: "Called her; she is safe." });
    expect(await redirectedTo(resolve(alices, "Again", "https://example.net/"))).toBe("/alerts?alert=already-resolved");
    expect((await alertRow(alices)).resolution).toBe("Called her; she is safe.");

    const audit = (await getDb().select().from(auditLog)).map(({ action, outcome, ip }) => ({ action, outcome, ip }));
    expect(audit).toEqual([
      { action: "alert.acknowledge", outcome: "allowed", ip: "192.0.2.55" },
      { action: "alert.resolve", outcome: "allowed", ip: "192.0.2.55" },
    ]);
    // Every redirect refreshed the layout too, so the header's count follows.
    expect(refresh.calls).toBe(4);
  });

  it("answers a missing, empty or too long note next to its field and changes nothing", async () => {
    signInAs(c.doctor);
    for (const resolution of [undefined, "", "  \r\n ", "x".repeat(RESOLUTION_MAX + 1)]) {
      expect(await resolve(alices, resolution)).toEqual({
        ok: false,
        message: expect.any(String),
        fieldErrors: { resolution: [RESOLUTION_MESSAGE] },
      });
    }
    expect(await alertRow(alices)).toMatchObject({ status: "open", resolution: null });
    expect(await auditCount()).toBe(0);
  });

  it("treats malformed ids as not found", async () => {
    signInAs(c.doctor);
    for (const id of ["", "abc", "-3", "1.5", "1 OR 1=1"]) {
      expect(await redirectedTo(ack(id))).toBe("/alerts?alert=not-found");
      expect(await resolve(id, "Done")).toEqual({ ok: false, message: "That alert could not be found.", fieldErrors: {} });
    }
    expect(await alertRow(alices)).toMatchObject({ status: "open" });
  });

  it("refuses another psychiatrist's patient's alert whatever is sent, and audits each attempt with the caller's address", async () => {
    signInAs(c.doctor);
    expect(await redirectedTo(ack(carols, `/patients/${c.carol}`))).toBe(`/patients/${c.carol}?alert=not-found`);
    expect(await resolve(carols, "Not mine")).toEqual({ ok: false, message: "That alert could not be found.", fieldErrors: {} });
    expect(await alertRow(carols)).toMatchObject({ status: "open", acknowledgedBy: null, resolution: null });
    const denied = (await getDb().select().from(auditLog)).map(({ actorId, action, outcome, targetId, patientId, ip }) => ({ actorId, action, outcome, targetId, patientId, ip }));
    expect(denied).toEqual([
      { actorId: c.doctor, action: "alert.acknowledge", outcome: "denied", targetId: carols, patientId: c.carol, ip: "192.0.2.55" },
      { actorId: c.doctor, action: "alert.resolve", outcome: "denied", targetId: carols, patientId: c.carol, ip: "192.0.2.55" },
    ]);
  });

  it("sends the anonymous to sign in and refuses other roles before touching anything", async () => {
    const calls = [() => ack(alices), () => resolve(alices, "Done")];
    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");
    signInAs(c.alice, "patient");
    for (const call of calls) await expect(call()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    // A token claiming the role is not enough: the account's own role decides.
    signInAs(c.alice, "psychiatrist");
    for (const call of calls) await expect(call()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await alertRow(alices)).toMatchObject({ status: "open", acknowledgedBy: null });
    expect(await auditCount()).toBe(0);
  });
});
