import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { alertRules, auditLog } from "@/db/schema";
import { loadRules } from "@/lib/risk/load-rules";
import { DEFAULT_RULES } from "@/lib/risk/rule-parameters";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry } from "@/lib/testing/review";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the action must do the rest itself.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.61" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
// Work that fails as the database would, when a test says so.
const failing = vi.hoisted(() => ({ now: false }));
vi.mock("@/lib/admin/rules/preview-rules", async (original) => {
  const actual = await original<typeof import("@/lib/admin/rules/preview-rules")>();
  return { ...actual, previewRules: (...args: Parameters<typeof actual.previewRules>) => (failing.now ? Promise.reject(new Error("connection lost")) : actual.previewRules(...args)) };
});
vi.mock("@/lib/admin/rules/save-rule", async (original) => {
  const actual = await original<typeof import("@/lib/admin/rules/save-rule")>();
  return { ...actual, saveRule: (...args: Parameters<typeof actual.saveRule>) => (failing.now ? Promise.reject(new Error("connection lost")) : actual.saveRule(...args)) };
});

const { previewRuleAction, resetRuleAction, saveRuleAction } = await import("./actions");

const signInAs = (userId: number, role = "admin") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });
const lowMood = (atOrBelow: string, extra: Record<string, string> = {}) => formData({ kind: "low_mood", enabled: "on", atOrBelow, ...extra });
const today = () => new Date().toISOString().slice(0, 10);

describe("the alert rule actions", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    session.current = null;
  });

  it("previews a change without storing it, saves it, and resets it", async () => {
    await createPsychiatrist();
    const patient = (await createPatient({ firstName: "Ann", lastName: "Able" })).userId;
    await addEntry(patient, today(), 2);
    signInAs(admin);

    const preview = await previewRuleAction(null, lowMood("1"));
    expect(preview).toMatchObject({ ok: true, data: { kind: "low_mood", current: { total: 1 }, changed: { total: 0 } } });
    expect(preview.ok && preview.data.fewer.shown).toEqual([{ patientId: patient, name: "Ann Able", count: 1 }]);
    expect(await getDb().select().from(alertRules)).toEqual([]);

    expect(await redirectedTo(saveRuleAction(null, lowMood("1")))).toBe("/admin/alert-rules?saved=low_mood#rule-low_mood");
    expect((await loadRules()).low_mood).toEqual({ enabled: true, atOrBelow: 1 });
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.action, "rule.update"));
    expect(audit).toMatchObject({ actorId: admin, outcome: "allowed", ip: "192.0.2.61" });

    expect(await redirectedTo(resetRuleAction(formData({ kind: "low_mood" })))).toBe("/admin/alert-rules?reset=low_mood#rule-low_mood");
    expect((await loadRules()).low_mood).toEqual(DEFAULT_RULES.low_mood);
  });

  it("answers bad input beside its field and an unknown rule plainly, storing nothing", async () => {
    signInAs(admin);
    const refused = { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { atOrBelow: ["Choose a mood from 1 (Distressed) to 7 (Great)"] } };
    expect(await saveRuleAction(null, lowMood("8"))).toEqual(refused);
    expect(await previewRuleAction(null, lowMood("8"))).toEqual(refused);
    const unknown = { ok: false, message: "There is no such alert rule. Reload the page and try again.", fieldErrors: {} };
    expect(await saveRuleAction(null, formData({ kind: "constructor", enabled: "on" }))).toEqual(unknown);
    expect(await previewRuleAction(null, formData({}))).toEqual(unknown);
    expect(await redirectedTo(resetRuleAction(formData({ kind: "nothing" })))).toBe("/admin/alert-rules");
    expect(await getDb().select().from(alertRules)).toEqual([]);
  });

  it("says so when the preview or the save cannot run", async () => {
    signInAs(admin);
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    failing.now = true;
    try {
      expect(await previewRuleAction(null, lowMood("1"))).toEqual({ ok: false, message: "We could not run the preview just now. Please try again.", fieldErrors: {} });
      expect(await saveRuleAction(null, lowMood("1"))).toMatchObject({ ok: false, message: expect.stringMatching(/could not save/) });
    } finally {
      failing.now = false;
      quiet.mockRestore();
    }
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    await getDb().insert(alertRules).values({ kind: "low_mood", enabled: true, parameters: JSON.stringify({ atOrBelow: 3 }) });
    const attempts = [() => saveRuleAction(null, lowMood("1")), () => previewRuleAction(null, lowMood("1")), () => resetRuleAction(formData({ kind: "low_mood" }))];

    for (const attempt of attempts) expect(await redirectedTo(attempt())).toBe("/login");
    for (const [id, role] of [
      [patient, "patient"],
      [psychiatrist, "psychiatrist"],
      // A token claiming the role is not enough: the account's own role decides.
      [patient, "admin"],
      [psychiatrist, "admin"],
    ] as const) {
      signInAs(id, role);
      for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    }
    signInAs(disabledAdmin);
    for (const attempt of attempts) expect(await redirectedTo(attempt())).toBe("/login");

    expect((await loadRules()).low_mood).toEqual({ enabled: true, atOrBelow: 3 });
    expect(await getDb().select().from(auditLog)).toEqual([]);
  });
});
