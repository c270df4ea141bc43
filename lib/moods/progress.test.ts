import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addDays } from "./local-date";
import { progressFor } from "./progress";

// Midday in London on 7 March 2025; already 8 March in Auckland (UTC+13).
const NOW = new Date("2025-03-07T12:00:00Z");
const TODAY = "2025-03-07";

async function insertEntries(patientId: number, entries: { date: string; mood: number; minutes?: number }[]) {
  await getDb()
    .insert(moodEntries)
    .values(entries.map((e) => ({ patientId, entryDate: e.date, mood: e.mood, mindfulnessMinutes: e.minutes ?? 0 })));
}

/** `count` consecutive days ending `last`, all Okay. */
const run = (last: string, count: number) => Array.from({ length: count }, (_, i) => ({ date: addDays(last, -i), mood: 5 }));

describe("progressFor", () => {
  let patientId: number;

  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    ({ userId: patientId } = await createPatient());
  });

  it("shows an empty range for a patient who has not checked in", async () => {
    const stats = await progressFor(patientId, 30, NOW);
    expect(stats).toMatchObject({ from: "2025-02-06", to: TODAY, daysInRange: 30, daysCheckedIn: 0, streak: 0, averageMood: null });
    expect(stats.days.every((d) => d.mood === null)).toBe(true);
  });

  it("summarises the patient's own entries", async () => {
    await insertEntries(patientId, [
      { date: "2025-03-03", mood: 7, minutes: 10 },
      { date: "2025-03-05", mood: 3, minutes: 20 },
      { date: "2025-03-06", mood: 2 },
      { date: TODAY, mood: 4, minutes: 5 },
    ]);

    const stats = await progressFor(patientId, 7, NOW);

    expect(stats.days.map((d) => d.mood)).toEqual([null, null, 7, null, 3, 2, 4]);
    expect(stats).toMatchObject({ averageMood: 4, totalMinutes: 35, averageMinutes: 9, daysCheckedIn: 4, daysInRange: 7, streak: 3 });
    expect(stats.faceCounts.map((c) => c.count)).toEqual([1, 0, 0, 1, 1, 1, 0]);
  });

  it("never includes another patient's entries", async () => {
    const { userId: otherId } = await createPatient();
    await insertEntries(otherId, run(TODAY, 30).map((e) => ({ ...e, mood: 1, minutes: 60 })));
    await insertEntries(patientId, [{ date: "2025-03-05", mood: 6, minutes: 15 }]);

    const stats = await progressFor(patientId, 30, NOW);

    expect(stats).toMatchObject({ daysCheckedIn: 1, averageMood: 6, totalMinutes: 15, streak: 0 });
    expect(stats.faceCounts.find((c) => c.mood === 1)!.count).toBe(0);
    // And the other way round: the other patient sees only theirs.
    expect(await progressFor(otherId, 30, NOW)).toMatchObject({ daysCheckedIn: 30, averageMood: 1, totalMinutes: 1800 });
  });

  it("includes the first and last day of the range and nothing outside it", async () => {
    await insertEntries(patientId, [
      { date: "2025-02-28", mood: 1, minutes: 50 },
      { date: "2025-03-01", mood: 7 },
      { date: TODAY, mood: 5 },
      { date: "2025-03-08", mood: 1, minutes: 50 },
    ]);

    const stats = await progressFor(patientId, 7, NOW);

    expect(stats.from).toBe("2025-03-01");
    expect(stats).toMatchObject({ daysCheckedIn: 2, averageMood: 6, totalMinutes: 0 });
  });

  it.each([7, 30, 90, 365] as const)("a %i-day range ends on today and holds that many days", async (days) => {
    const stats = await progressFor(patientId, days, NOW);
    expect(stats.days).toHaveLength(days);
    expect(stats.days.at(-1)!.date).toBe(TODAY);
    expect(stats.from).toBe(addDays(TODAY, -(days - 1)));
  });

  it("ends the range on the patient's own calendar day", async () => {
    const { userId: aucklandId } = await createPatient({ timezone: "Pacific/Auckland" });
    await insertEntries(aucklandId, [{ date: "2025-03-08", mood: 6 }]);

    const stats = await progressFor(aucklandId, 7, NOW);

    expect(stats).toMatchObject({ from: "2025-03-02", to: "2025-03-08", daysCheckedIn: 1, streak: 1 });
  });

  describe("streak", () => {
    it("counts on past the start of a short range", async () => {
      await insertEntries(patientId, run(TODAY, 12));
      expect((await progressFor(patientId, 7, NOW)).streak).toBe(12);
    });

    it("counts on past the start when it ends yesterday", async () => {
      await insertEntries(patientId, run("2025-03-06", 9));
      expect((await progressFor(patientId, 7, NOW)).streak).toBe(9);
    });

    it("stops at a missed day just before the range", async () => {
      await insertEntries(patientId, [...run("2025-03-06", 6), ...run("2025-02-27", 5)]);
      expect((await progressFor(patientId, 7, NOW)).streak).toBe(6);
    });

    it("ignores the other patient's days when counting on", async () => {
      const { userId: otherId } = await createPatient();
      await insertEntries(patientId, run(TODAY, 7));
      await insertEntries(otherId, run("2025-02-28", 20));
      expect((await progressFor(patientId, 7, NOW)).streak).toBe(7);
    });

    it("counts back at most two years", async () => {
      await insertEntries(patientId, run(TODAY, 800));
      expect((await progressFor(patientId, 365, NOW)).streak).toBe(730);
    });
  });
});
