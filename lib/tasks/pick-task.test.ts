import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { checkInToday } from "@/lib/moods/save-entry";
import { todayFor } from "@/lib/moods/today";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { markTaskDone } from "./mark-done";
import { pickTask } from "./pick-task";

// Patients are registered in Europe/London, so noon UTC is always inside the named day.
const FIRST_DAY: LocalDate = "2026-06-01";
const noonOn = (date: LocalDate) => new Date(`${date}T12:00:00Z`);
const day = (n: number) => addDays(FIRST_DAY, n);
// Mood 4 ("Uneasy") is in the middle band.
const middleMood = { mood: 4, note: null, minutes: 0 };

/** Checks the patient in on `date` and returns the task their entry shows. */
async function taskShownOn(patientId: number, date: LocalDate, input = middleMood): Promise<number | null> {
  const { entryId } = await checkInToday(patientId, input, noonOn(date));
  const [entry] = await getDb().select({ taskId: moodEntries.taskId }).from(moodEntries).where(eq(moodEntries.id, entryId));
  return entry.taskId;
}

/** An entry written straight into the history, as if the patient had been shown `taskId` that day. */
async function shown(patientId: number, date: LocalDate, taskId: number, mood = middleMood.mood) {
  await getDb().insert(moodEntries).values({ patientId, entryDate: date, mood, taskId });
}

async function pin(patientId: number, taskId: number) {
  await getDb().insert(patientTasks).values({ patientId, taskId });
}

describe("picking a patient's task of the day", () => {
  let alice: number;
  let bob: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    alice = (await createPatient({ firstName: "Alice" })).userId;
    bob = (await createPatient({ firstName: "Bob" })).userId;
    await createMessage();
  });

  it("rotates through the suitable tasks on consecutive days, none repeating while another waits", async () => {
    const tasks = [await createTask("middle", "One"), await createTask("middle", "Two"), await createTask("middle", "Three")];
    const seen: (number | null)[] = [];
    for (let n = 0; n < 8; n++) seen.push(await taskShownOn(alice, day(n)));

    expect(seen).toEqual([tasks[0], tasks[1], tasks[2], tasks[0], tasks[1], tasks[2], tasks[0], tasks[1]]);
    for (let n = 0; n + 3 <= seen.length; n++) expect(new Set(seen.slice(n, n + 3)).size).toBe(3);
  });

  it("counts only this patient's own history", async () => {
    const [one, two, three] = [await createTask("middle"), await createTask("middle"), await createTask("middle")];
    await shown(alice, day(0), one);
    await shown(alice, day(1), two);
    // Bob saw Alice's next task yesterday; were his history counted, Alice would get "one".
    await shown(bob, day(2), three);
    expect(await taskShownOn(alice, day(3))).toBe(three);

    // And a patient with no history starts at the first task, whatever others have seen.
    const carol = (await createPatient({ firstName: "Carol" })).userId;
    await shown(bob, day(3), one);
    expect(await taskShownOn(carol, day(4))).toBe(one);
  });

  it("never picks a deactivated task, even one never shown", async () => {
    const kept = await createTask("middle", "Kept");
    const retired = await createTask("middle", "Retired");
    await getDb().update(mindfulnessTasks).set({ active: false }).where(eq(mindfulnessTasks.id, retired));
    for (let n = 0; n < 3; n++) expect(await taskShownOn(alice, day(n))).toBe(kept);

    await getDb().update(mindfulnessTasks).set({ active: false }).where(eq(mindfulnessTasks.id, kept));
    expect(await taskShownOn(alice, day(3))).toBeNull();
  });

  it("never picks a task written for another band", async () => {
    const middle = await createTask("middle");
    const low = await createTask("low");
    const high = await createTask("high");
    for (let n = 0; n < 3; n++) expect(await taskShownOn(alice, day(n))).toBe(middle);
    expect(await taskShownOn(alice, day(3), { mood: 1, note: null, minutes: 0 })).toBe(low);
    expect(await taskShownOn(alice, day(4), { mood: 7, note: null, minutes: 0 })).toBe(high);

    // With no middle task at all there is no task, rather than one that does not fit.
    expect(await taskShownOn(bob, day(0), { mood: 7, note: null, minutes: 0 })).toBe(high);
    await getDb().update(mindfulnessTasks).set({ active: false }).where(eq(mindfulnessTasks.id, middle));
    expect(await taskShownOn(bob, day(1))).toBeNull();
  });

  it("puts the patient's own pinned task first, and ignores pins for other patients", async () => {
    const [one, two, three] = [await createTask("middle"), await createTask("middle"), await createTask("middle")];
    await pin(alice, three);
    await pin(bob, two);
    expect(await taskShownOn(alice, day(0))).toBe(three);
    // A pin wins even over tasks never shown: it is the psychiatrist's choice for this patient.
    expect(await taskShownOn(alice, day(1))).toBe(three);
    // Bob's pin is for Bob only.
    const carol = (await createPatient({ firstName: "Carol" })).userId;
    expect(await taskShownOn(carol, day(0))).toBe(one);
    expect(await taskShownOn(bob, day(0))).toBe(two);
  });

  it("a pin for another band does not stop the usual rotation", async () => {
    const middle = await createTask("middle");
    const lowPinned = await createTask("low");
    await pin(alice, lowPinned);
    expect(await taskShownOn(alice, day(0))).toBe(middle);
    expect(await taskShownOn(alice, day(1), { mood: 2, note: null, minutes: 0 })).toBe(lowPinned);
  });

  it("keeps the day's task all day, with its 'done' mark, when the mood stays in the band", async () => {
    await createTask("middle", "Morning task");
    const morning = noonOn(day(0));
    const { entryId } = await checkInToday(alice, middleMood, new Date(`${day(0)}T07:00:00Z`));
    expect(await markTaskDone(alice, entryId, morning)).toBe(true);

    // A task nobody has seen would win a fresh pick now.
    await createTask("middle", "Added at lunch");
    const evening = new Date(`${day(0)}T20:00:00Z`);
    const second = await checkInToday(alice, { mood: 5, note: "Later", minutes: 10 }, evening);
    expect(second).toMatchObject({ entryId, created: false });

    const { entry } = await todayFor(alice, evening);
    expect(entry).toMatchObject({ mood: 5, note: "Later", taskDone: true, task: { title: "Morning task" } });
  });

  it("picks inside a transaction from the same rule", async () => {
    const [one, two] = [await createTask("middle"), await createTask("middle")];
    await shown(alice, day(0), one);
    await shown(bob, day(0), two);
    await pin(bob, one);
    const picked = await getDb().transaction(async (tx) => ({
      alice: await pickTask(tx, alice, "middle", day(1)),
      bob: await pickTask(tx, bob, "middle", day(1)),
      lowForAlice: await pickTask(tx, alice, "low", day(1)),
    }));
    expect(picked).toEqual({ alice: two, bob: one, lowForAlice: null });
  });
});
