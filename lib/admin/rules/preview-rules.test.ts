import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alerts, moodEntries, users } from "@/db/schema";
import { addDays } from "@/lib/moods/local-date";
import { DEFAULT_PHRASES } from "@/lib/risk/default-phrases";
import { loadRules } from "@/lib/risk/load-rules";
import { raiseEntryAlerts } from "@/lib/risk/raise-entry-alerts";
import { DEFAULT_RULES } from "@/lib/risk/rule-parameters";
import { sweepSilence } from "@/lib/risk/sweep-silence";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry, auditRows } from "@/lib/testing/review";
import { previewRules, replayRules } from "./preview-rules";
import { noAlerts } from "./replay-alerts";
import { saveRule } from "./save-rule";

// Noon in London on 15 June 2026: the window is 17 May to 15 June.
const NOW = new Date("2026-06-15T11:00:00Z");
const TODAY = "2026-06-15";

const counts = (some: Partial<ReturnType<typeof noAlerts>>) => ({ ...noAlerts(), ...some });

type Cast = { ann: number; ben: number; cat: number; dee: number; eve: number };

/**
 * Ann had a Very low and a Distressed day (and a Distressed one before the window); Ben one Very
 * low day; Cat wrote "hopeless" on an Okay day; Dee checked in daily, then went quiet for 11
 * days; Eve did the same but her account has since been disabled.
 */
async function cast(): Promise<Cast> {
  await createPsychiatrist();
  const patient = async (firstName: string, lastName: string) => (await createPatient({ firstName, lastName })).userId;
  const c = { ann: await patient("Ann", "Able"), ben: await patient("Ben", "Best"), cat: await patient("Cat", "Cole"), dee: await patient("Dee", "Dale"), eve: await patient("Eve", "Ernst") };
  await addEntry(c.ann, "2026-05-01", 1);
  await addEntry(c.ann, "2026-06-10", 1);
  await addEntry(c.ann, "2026-06-12", 2);
  await addEntry(c.ben, "2026-06-05", 2);
  await addEntry(c.cat, "2026-06-13", 4, { note: "Feeling hopeless again" });
  for (const who of [c.dee, c.eve]) for (let day = 0; day < 16; day++) await addEntry(who, addDays("2026-05-20", day), 5);
  await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, c.eve));
  // Two more who play no part: Fay has never checked in, Gus not since before the window.
  await patient("Fay", "Ford");
  await addEntry(await patient("Gus", "Gray"), "2026-05-10", 1);
  return c;
}

describe("previewing a change to the alert rules", () => {
  let admin: number;
  let c: Cast;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    c = await cast();
  });

  it("counts what the rules in force raised over the last 30 days, by rule and by patient, next to the change", async () => {
    // Only Distressed now: Ann's Very low day and Ben's no longer raise an alert.
    const preview = await previewRules({ id: admin }, "low_mood", { enabled: "on", atOrBelow: "1" }, NOW);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data).toMatchObject({ kind: "low_mood", days: 30, entries: 36, patients: 5 });
    expect(preview.data.current).toEqual({
      total: 4,
      byRule: counts({ low_mood: 3, silence: 1 }),
      patients: {
        shown: [
          { patientId: c.ann, name: "Ann Able", count: 2 },
          { patientId: c.ben, name: "Ben Best", count: 1 },
          { patientId: c.dee, name: "Dee Dale", count: 1 },
        ],
        more: 0,
      },
    });
    expect(preview.data.changed).toEqual({
      total: 2,
      byRule: counts({ low_mood: 1, silence: 1 }),
      patients: {
        shown: [
          { patientId: c.ann, name: "Ann Able", count: 1 },
          { patientId: c.dee, name: "Dee Dale", count: 1 },
        ],
        more: 0,
      },
    });
    expect(preview.data.more).toEqual({ shown: [], more: 0 });
    expect(preview.data.fewer).toEqual({
      shown: [
        { patientId: c.ann, name: "Ann Able", count: 1 },
        { patientId: c.ben, name: "Ben Best", count: 1 },
      ],
      more: 0,
    });
    // Nothing is stored, and the read of everyone's check-ins is on the record.
    expect((await loadRules()).low_mood).toEqual(DEFAULT_RULES.low_mood);
    expect(await auditRows("rule.preview")).toEqual([expect.objectContaining({ actorId: admin, outcome: "allowed", targetType: "alert_rule:low_mood" })]);
  });

  it("raises more for the right patients when a phrase is added", async () => {
    const phrases = [...DEFAULT_PHRASES, "hopeless"].join("\n");
    const preview = await previewRules({ id: admin }, "concerning_words", { enabled: "on", phrases, maxGap: "2" }, NOW);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.current.byRule.concerning_words).toBe(0);
    expect(preview.data.changed.byRule).toEqual(counts({ concerning_words: 1, low_mood: 3, silence: 1 }));
    expect(preview.data.more).toEqual({ shown: [{ patientId: c.cat, name: "Cat Cole", count: 1 }], more: 0 });
    expect(preview.data.fewer.shown).toEqual([]);
  });

  it("replays the daily silence sweep, for active patients only", async () => {
    // Twelve quiet days needed: Dee's silence has not lasted that long yet.
    const preview = await previewRules({ id: admin }, "silence", { enabled: "on", days: "12", lookbackDays: "14", minCheckIns: "5" }, NOW);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.current.byRule.silence).toBe(1);
    expect(preview.data.changed.byRule.silence).toBe(0);
    expect(preview.data.fewer.shown).toEqual([{ patientId: c.dee, name: "Dee Dale", count: 1 }]);
    // Switched off, it raises nothing; the other rules are untouched.
    const off = await previewRules({ id: admin }, "silence", { days: "3", lookbackDays: "14", minCheckIns: "5" }, NOW);
    if (!off.ok) throw new Error(off.message);
    expect(off.data.changed.byRule).toEqual(counts({ low_mood: 3 }));
  });

  it("replays against the rules in force as stored, changing only the rule previewed", async () => {
    await saveRule({ id: admin }, "low_mood", { enabled: "", atOrBelow: "2" });
    const preview = await previewRules({ id: admin }, "low_run", { enabled: "on", days: "1", atOrBelow: "2" }, NOW);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.current.byRule).toEqual(counts({ silence: 1 }));
    // A "run" of one day at Very low or below: each of those days.
    expect(preview.data.changed.byRule).toEqual(counts({ low_run: 3, silence: 1 }));
  });

  it("refuses bad input as saving does, and reads nothing", async () => {
    expect(await previewRules({ id: admin }, "low_mood", { enabled: "on", atOrBelow: "0" }, NOW)).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { atOrBelow: ["Choose a mood from 1 (Distressed) to 7 (Great)"] },
    });
    expect(await auditRows("rule.preview")).toEqual([]);
  });

  it("reads a patient's days in UTC when their time zone is not one the server knows", async () => {
    await getDb().update(users).set({ timezone: "Mars/Olympus_Mons" }).where(eq(users.id, c.ann));
    const preview = await previewRules({ id: admin }, "low_mood", { enabled: "on", atOrBelow: "1" }, NOW);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.current.patients.shown[0]).toEqual({ patientId: c.ann, name: "Ann Able", count: 2 });
  });

  it("gives the same answer whatever the batch size", async () => {
    const rules = await loadRules();
    const changed = { ...rules, low_mood: { enabled: true, atOrBelow: 1 } };
    const whole = await replayRules(rules, changed, "low_mood", NOW);
    expect(await replayRules(rules, changed, "low_mood", NOW, 2)).toEqual(whole);
    expect(await replayRules(rules, changed, "low_mood", NOW, 1)).toEqual(whole);
  });

  it("counts exactly the alerts the check-ins and the daily sweep open", async () => {
    // Some harder days for the other rules: a run of low days and a sharp drop.
    for (const [date, mood] of [["2026-06-06", 3], ["2026-06-07", 3], ["2026-06-08", 3], ["2026-06-09", 2]] as const) await addEntry(c.cat, date, mood);
    await addEntry(c.dee, "2026-06-05", 1, { note: "I want to end it all" });
    const entries = await getDb().select().from(moodEntries);
    for (const entry of entries.filter((e) => e.entryDate >= "2026-05-17")) {
      await getDb().transaction((tx) => raiseEntryAlerts(tx, { id: entry.id, patientId: entry.patientId, date: entry.entryDate, mood: entry.mood, note: entry.note }));
    }
    for (let day = "2026-05-17"; day <= TODAY; day = addDays(day, 1)) await sweepSilence(new Date(`${day}T11:00:00Z`));
    const opened = counts({});
    for (const alert of await getDb().select().from(alerts)) opened[alert.rule] += 1;
    expect(opened.low_run + opened.sharp_drop + opened.concerning_words + opened.silence).toBeGreaterThan(3);

    const preview = await previewRules({ id: admin }, "low_mood", { enabled: "on", atOrBelow: "2" }, NOW);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.current.byRule).toEqual(opened);
    expect(preview.data.changed.byRule).toEqual(opened);
  });
});
