import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import type { MoodBand } from "@/lib/moods/mood-band";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { orderLibrary, taskLibraryFor, type LibraryTask } from "./library";

// Midday in London on 7 March 2025, so the last seven local days are 1..7 March.
const NOW = new Date("2025-03-07T12:00:00Z");

async function insertTask(title: string, band: MoodBand, extra: Partial<typeof mindfulnessTasks.$inferInsert> = {}) {
  const [{ id }] = await getDb()
    .insert(mindfulnessTasks)
    .values({ title, moodBand: band, instructions: `Steps for ${title}`, durationMinutes: 5, ...extra })
    .$returningId();
  return id;
}

const pin = (patientId: number, taskId: number, pinnedBy: number) => getDb().insert(patientTasks).values({ patientId, taskId, pinnedBy });

async function checkIns(patientId: number, entries: [date: string, mood: number][]) {
  await getDb()
    .insert(moodEntries)
    .values(entries.map(([entryDate, mood]) => ({ patientId, entryDate, mood })));
}

const titles = (tasks: LibraryTask[]) => tasks.map((t) => t.title);

describe("taskLibraryFor", () => {
  let psychiatristId: number;
  let patientId: number;
  let ids: Record<string, number>;

  beforeEach(async () => {
    await resetDatabase();
    psychiatristId = await createPsychiatrist();
    ({ userId: patientId } = await createPatient());
    ids = {};
    // Inserted out of title order, so the ordering cannot come from the ids.
    for (const [title, band] of [["Hard B", "low"], ["Hard A", "low"], ["Between B", "middle"], ["Between A", "middle"], ["Good A", "high"]] as const) {
      ids[title] = await insertTask(title, band);
    }
  });

  it("starts with in-between tasks when the patient has not checked in lately", async () => {
    await checkIns(patientId, [["2025-02-28", 1]]);

    const library = await taskLibraryFor(patientId, NOW);

    expect(library).toMatchObject({ recentBand: "middle", recentAverage: null });
    expect(titles(library.tasks)).toEqual(["Between A", "Between B", "Good A", "Hard A", "Hard B"]);
  });

  it("starts with hard-day tasks after a week of low moods", async () => {
    await checkIns(patientId, [["2025-03-01", 2], ["2025-03-04", 1], ["2025-03-07", 2]]);

    const library = await taskLibraryFor(patientId, NOW);

    expect(library).toMatchObject({ recentBand: "low", recentAverage: 1.7 });
    expect(titles(library.tasks)).toEqual(["Hard A", "Hard B", "Between A", "Between B", "Good A"]);
  });

  it("starts with good-day tasks after a good week", async () => {
    await checkIns(patientId, [["2025-03-05", 6], ["2025-03-06", 7]]);

    const library = await taskLibraryFor(patientId, NOW);

    expect(library).toMatchObject({ recentBand: "high", recentAverage: 6.5 });
    expect(titles(library.tasks)).toEqual(["Good A", "Between A", "Between B", "Hard A", "Hard B"]);
  });

  it("reads the band of the nearest face from the average", async () => {
    // 2 and 3 average 2.5, nearest Low: in-between days, not hard ones.
    await checkIns(patientId, [["2025-03-06", 2], ["2025-03-07", 3]]);
    expect(await taskLibraryFor(patientId, NOW)).toMatchObject({ recentBand: "middle", recentAverage: 2.5 });
  });

  it("counts only the last seven of the patient's own local days", async () => {
    const { userId: otherId } = await createPatient();
    await checkIns(otherId, [["2025-03-07", 1]]);
    await checkIns(patientId, [["2025-02-28", 1], ["2025-03-01", 7], ["2025-03-08", 1]]);

    expect(await taskLibraryFor(patientId, NOW)).toMatchObject({ recentBand: "high", recentAverage: 7 });
  });

  it("uses the patient's time zone for today", async () => {
    // Already 8 March in Auckland: its seven days are 2..8 March.
    const { userId: aucklandId } = await createPatient({ timezone: "Pacific/Auckland" });
    await checkIns(aucklandId, [["2025-03-01", 1], ["2025-03-08", 6]]);

    expect(await taskLibraryFor(aucklandId, NOW)).toMatchObject({ recentBand: "high", recentAverage: 6 });
  });

  it("puts this patient's pinned tasks first within each band and marks them", async () => {
    await pin(patientId, ids["Between B"], psychiatristId);
    await pin(patientId, ids["Hard B"], psychiatristId);

    const library = await taskLibraryFor(patientId, NOW);

    expect(titles(library.tasks)).toEqual(["Between B", "Between A", "Good A", "Hard B", "Hard A"]);
    expect(library.tasks.filter((t) => t.pinned).map((t) => t.title)).toEqual(["Between B", "Hard B"]);
  });

  it("does not show another patient's pins", async () => {
    const { userId: otherId } = await createPatient();
    const goodId = ids["Good A"];
    await pin(otherId, goodId, psychiatristId);

    const mine = await taskLibraryFor(patientId, NOW);
    const theirs = await taskLibraryFor(otherId, NOW);

    expect(mine.tasks.some((t) => t.pinned)).toBe(false);
    expect(mine.tasks).toHaveLength(5);
    expect(theirs.tasks.find((t) => t.id === goodId)!.pinned).toBe(true);
  });

  it("leaves out inactive tasks, even pinned ones", async () => {
    const retired = await insertTask("Retired", "middle", { active: false });
    await pin(patientId, retired, psychiatristId);

    expect(titles((await taskLibraryFor(patientId, NOW)).tasks)).not.toContain("Retired");
  });

  it("returns each task's details", async () => {
    const id = await insertTask("Breathing", "middle", { instructions: "Breathe in.\nBreathe out.", durationMinutes: 3 });

    const task = (await taskLibraryFor(patientId, NOW)).tasks.find((t) => t.id === id);

    expect(task).toEqual({ id, title: "Breathing", instructions: "Breathe in.\nBreathe out.", durationMinutes: 3, band: "middle", pinned: false });
  });
});

describe("orderLibrary", () => {
  const task = (id: number, band: MoodBand, title: string, pinned = false): LibraryTask => ({
    id,
    title,
    instructions: "",
    durationMinutes: 5,
    band,
    pinned,
  });

  it("returns nothing for an empty library", () => {
    expect(orderLibrary([], "low")).toEqual([]);
  });

  it("breaks a tie of titles by id, and leaves its input alone", () => {
    const input = [task(2, "low", "Same"), task(1, "low", "Same")];
    expect(orderLibrary(input, "low").map((t) => t.id)).toEqual([1, 2]);
    expect(input.map((t) => t.id)).toEqual([2, 1]);
  });

  it("puts a pinned task before an earlier title in the same band", () => {
    const ordered = orderLibrary([task(1, "high", "A"), task(2, "high", "Z", true)], "high");
    expect(ordered.map((t) => t.id)).toEqual([2, 1]);
  });

  it("does not lift a pinned task out of a less suitable band", () => {
    const ordered = orderLibrary([task(1, "low", "A", true), task(2, "high", "B")], "high");
    expect(ordered.map((t) => t.id)).toEqual([2, 1]);
  });
});
