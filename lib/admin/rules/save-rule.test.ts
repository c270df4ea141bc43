import { gt, max } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alertRules, auditLog } from "@/db/schema";
import { loadRules } from "@/lib/risk/load-rules";
import { DEFAULT_RULES } from "@/lib/risk/rule-parameters";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { auditRows } from "@/lib/testing/review";
import { previewRules } from "./preview-rules";
import { ADMINS_ONLY, resetRule, rulesForAdmin, saveRule } from "./save-rule";

describe("saving the alert rules", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("stores a rule's switch and parameters, which the check-ins then run with", async () => {
    expect(await saveRule({ id: admin, ip: "192.0.2.7" }, "low_run", { enabled: "on", days: "4", atOrBelow: "2" })).toEqual({
      ok: true,
      data: { enabled: true, days: 4, atOrBelow: 2 },
    });
    // An unticked box posts nothing: the rule is switched off, its parameters kept.
    expect(await saveRule({ id: admin }, "silence", { days: "5", lookbackDays: "21", minCheckIns: "7" })).toMatchObject({ ok: true });
    const rules = await loadRules();
    expect(rules.low_run).toEqual({ enabled: true, days: 4, atOrBelow: 2 });
    expect(rules.silence).toEqual({ enabled: false, days: 5, lookbackDays: 21, minCheckIns: 7 });
    expect(rules.low_mood).toEqual(DEFAULT_RULES.low_mood);

    // Saved again, the one row is updated.
    await saveRule({ id: admin }, "low_run", { enabled: true, days: 5, atOrBelow: 3 });
    expect((await loadRules()).low_run).toEqual({ enabled: true, days: 5, atOrBelow: 3 });
    expect(await getDb().select().from(alertRules)).toHaveLength(2);
    expect(await auditRows("rule.update")).toEqual([
      expect.objectContaining({ actorId: admin, outcome: "allowed", targetType: "alert_rule:low_run", ip: "192.0.2.7" }),
      expect.objectContaining({ actorId: admin, outcome: "allowed", targetType: "alert_rule:silence" }),
      expect.objectContaining({ actorId: admin, outcome: "allowed", targetType: "alert_rule:low_run" }),
    ]);
  });

  it("takes the phrase list as text, one phrase per line, without blank lines or repeats", async () => {
    const phrases = "suicid*\r\n\n   want* to die  \nSUICID*\nhopeless";
    expect(await saveRule({ id: admin }, "concerning_words", { enabled: "on", phrases, maxGap: "1" })).toMatchObject({ ok: true });
    expect((await loadRules()).concerning_words).toEqual({ enabled: true, phrases: ["suicid*", "want* to die", "hopeless"], maxGap: 1 });
  });

  it("refuses bad input with a message beside each field, and stores nothing", async () => {
    expect(await saveRule({ id: admin }, "low_run", { enabled: "on", days: "0", atOrBelow: "nine" })).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: {
        days: ["Give the number of days as a whole number from 1 to 60"],
        atOrBelow: ["Choose a mood from 1 (Distressed) to 7 (Great)"],
      },
    });
    expect(await saveRule({ id: admin }, "sharp_drop", { enabled: "on", steps: "2.3", days: "7", minEntries: "" })).toMatchObject({
      fieldErrors: {
        steps: ["Give the drop in steps from 1 to 6, in halves (e.g. 2.5)"],
        minEntries: ["Give the least number of check-ins for an average as a whole number from 1 to 60"],
      },
    });
    expect(await saveRule({ id: admin }, "sharp_drop", { enabled: "on", steps: "3", days: "7", minEntries: "8" })).toMatchObject({
      fieldErrors: { minEntries: ["The check-ins needed cannot be more than the days they fall in"] },
    });
    // Each refused phrase is named, as the list is long.
    const refused = await saveRule({ id: admin }, "concerning_words", { enabled: "on", phrases: "suicid*\na\nsu*\nwant* to die", maxGap: "9" });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        phrases: ["“a”: Each phrase must be 2 to 80 characters", "Keep at least 3 letters before a *, or it matches almost anything: “su*”"],
        maxGap: ["Give the words allowed between a phrase's words as a whole number from 0 to 5"],
      },
    });
    expect(await saveRule({ id: admin }, "concerning_words", { enabled: "on", phrases: " \n ", maxGap: "2" })).toMatchObject({
      fieldErrors: { phrases: ["Give at least one phrase"] },
    });

    expect(await getDb().select().from(alertRules)).toEqual([]);
    expect(await auditRows("rule.update")).toEqual([]);
  });

  it("lists every rule with the settings in force, who changed it and when", async () => {
    await saveRule({ id: admin }, "low_mood", { enabled: "on", atOrBelow: "1" });
    // A stored change that no longer validates runs with the defaults, and says so.
    await getDb().insert(alertRules).values([
      { kind: "sharp_drop", enabled: false, parameters: JSON.stringify({ steps: 99 }) },
      { kind: "silence", enabled: false, parameters: "{not json" },
    ]);
    const rules = await rulesForAdmin({ id: admin });
    expect(rules?.map((r) => r.kind)).toEqual(["concerning_words", "low_mood", "low_run", "sharp_drop", "silence"]);
    const [words, lowMood, , sharpDrop] = rules!;
    expect(words).toEqual({ kind: "concerning_words", rule: DEFAULT_RULES.concerning_words, changed: false, unreadable: false, updatedAt: null, updatedBy: null });
    expect(lowMood).toMatchObject({ rule: { enabled: true, atOrBelow: 1 }, changed: true, unreadable: false, updatedBy: expect.stringMatching(/^Ada Admin/) });
    expect(lowMood.updatedAt).toBeInstanceOf(Date);
    expect(sharpDrop).toMatchObject({ rule: DEFAULT_RULES.sharp_drop, changed: true, unreadable: true, updatedBy: null });
    expect(rules![4]).toMatchObject({ rule: DEFAULT_RULES.silence, changed: true, unreadable: true });
  });

  it("resets a rule to its defaults", async () => {
    await saveRule({ id: admin }, "low_mood", { enabled: "", atOrBelow: "1" });
    expect((await loadRules()).low_mood).toEqual({ enabled: false, atOrBelow: 1 });
    expect(await resetRule({ id: admin }, "low_mood")).toBe(true);
    expect((await loadRules()).low_mood).toEqual(DEFAULT_RULES.low_mood);
    expect(await getDb().select().from(alertRules)).toEqual([]);
    expect(await auditRows("rule.reset")).toEqual([expect.objectContaining({ actorId: admin, outcome: "allowed", targetType: "alert_rule:low_mood" })]);
  });

  it("refuses everyone but an active admin, and says so in the audit trail", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    await saveRule({ id: admin }, "low_mood", { enabled: "on", atOrBelow: "1" });
    const before = await getDb().select().from(alertRules);
    const [{ latest }] = await getDb().select({ latest: max(auditLog.id) }).from(auditLog);

    for (const id of [patient, psychiatrist, disabledAdmin]) {
      expect(await saveRule({ id }, "low_mood", { enabled: "on", atOrBelow: "3" })).toEqual({ ok: false, message: ADMINS_ONLY, fieldErrors: {} });
      expect(await previewRules({ id }, "low_mood", { enabled: "on", atOrBelow: "3" })).toEqual({ ok: false, message: ADMINS_ONLY, fieldErrors: {} });
      expect(await resetRule({ id }, "low_mood")).toBe(false);
      expect(await rulesForAdmin({ id })).toBeNull();
    }
    expect(await getDb().select().from(alertRules)).toEqual(before);
    const audit = await getDb()
      .select({ actorId: auditLog.actorId, action: auditLog.action, outcome: auditLog.outcome })
      .from(auditLog)
      .where(gt(auditLog.id, latest ?? 0));
    expect(audit).toHaveLength(12);
    expect(audit.every((row) => row.outcome === "denied")).toBe(true);
    expect(new Set(audit.map((row) => row.action))).toEqual(new Set(["rule.update", "rule.preview", "rule.reset", "rules.view"]));
  });
});
