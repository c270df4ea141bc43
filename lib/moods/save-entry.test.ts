import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moodEntries, moodEntryRevisions } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { markTaskDone } from "@/lib/tasks/mark-done";
import { checkInToday, deleteEntry, editEntry } from "./save-entry";
import { todayFor } from "./today";

const checkIn = (mood: number, note: string | null = null, minutes = 0) => ({ mood, note, minutes });

async function entriesOf(patientId: number) {
  return getDb().select().from(moodEntries).where(eq(moodEntries.patientId, patientId));
}

async function revisionCount(entryId: number) {
  const [row] = await getDb().select({ n: count() }).from(moodEntryRevisions).where(eq(moodEntryRevisions.entryId, entryId));
  return Number(row.n);
}

describe("checking in", () => {
  let patientId: number;
  let lowTask: number;
  let highTask: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    patientId = (await createPatient()).userId;
    lowTask = await createTask("low");
    highTask = await createTask("high");
    await createMessage();
  });

  it("creates today's entry with a task that suits the mood and a message", async () => {
    const saved = await checkInToday(patientId, checkIn(7, "Sunny walk", 15), new Date("2026-06-01T12:00:00Z"));
    expect(saved).toMatchObject({ created: true, entryDate: "2026-06-01" });
    const [entry] = await entriesOf(patientId);
    expect(entry).toMatchObject({ mood: 7, note: "Sunny walk", mindfulnessMinutes: 15, taskId: highTask });
    expect(entry.messageId).not.toBeNull();
  });

  it("a second check-in the same local day edits the first and keeps the old values as a revision", async () => {
    const now = new Date("2026-06-01T08:00:00Z");
    const first = await checkInToday(patientId, checkIn(6), now);
    const second = await checkInToday(patientId, checkIn(7, "Even better", 10), new Date("2026-06-01T20:00:00Z"));
    expect(second).toEqual({ entryId: first.entryId, entryDate: "2026-06-01", created: false, changed: true, alertIds: [] });
    const entries = await entriesOf(patientId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ mood: 7, note: "Even better", mindfulnessMinutes: 10, taskId: highTask });
    const [revision] = await getDb().select().from(moodEntryRevisions);
    expect(revision).toMatchObject({ entryId: first.entryId, mood: 6, note: null, mindfulnessMinutes: 0 });
  });

  it("an edit puts a reviewed entry back in the psychiatrist's queue", async () => {
    const now = new Date("2026-06-01T08:00:00Z");
    const { entryId } = await checkInToday(patientId, checkIn(5), now);
    await getDb().update(moodEntries).set({ reviewedAt: now }).where(eq(moodEntries.id, entryId));
    await checkInToday(patientId, checkIn(5), now);
    expect((await entriesOf(patientId))[0].reviewedAt).toEqual(now);
    await checkInToday(patientId, checkIn(4), now);
    expect((await entriesOf(patientId))[0]).toMatchObject({ reviewedAt: null, reviewedBy: null });
  });

  it("saving the same values again writes no revision", async () => {
    const now = new Date("2026-06-01T08:00:00Z");
    const { entryId } = await checkInToday(patientId, checkIn(5, "Same"), now);
    await checkInToday(patientId, checkIn(5, "Same"), now);
    expect(await revisionCount(entryId)).toBe(0);
  });

  it("changing today's mood to another band chooses a task that suits it, and clears 'done'", async () => {
    const now = new Date("2026-06-01T08:00:00Z");
    const { entryId } = await checkInToday(patientId, checkIn(7), now);
    expect(await markTaskDone(patientId, entryId, now)).toBe(true);
    await checkInToday(patientId, checkIn(1), now);
    const [entry] = await entriesOf(patientId);
    expect(entry).toMatchObject({ taskId: lowTask, taskDoneAt: null });
  });

  it("keeps one entry per local day when many submits race", async () => {
    const now = new Date("2026-06-01T08:00:00Z");
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => checkInToday(patientId, checkIn((i % 7) + 1, `tab ${i}`), now)));
    const entries = await entriesOf(patientId);
    expect(entries).toHaveLength(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entryId))).toEqual(new Set([entries[0].id]));
  });

  it("uses the patient's own calendar day, east and west of UTC", async () => {
    const instant = new Date("2026-11-20T23:30:00Z");
    const east = (await createPatient({ timezone: "Pacific/Auckland" })).userId;
    const west = (await createPatient({ timezone: "America/Los_Angeles" })).userId;
    expect((await checkInToday(east, checkIn(4), instant)).entryDate).toBe("2026-11-21");
    expect((await checkInToday(west, checkIn(4), instant)).entryDate).toBe("2026-11-20");
    expect((await checkInToday(patientId, checkIn(4), instant)).entryDate).toBe("2026-11-20");
    // Just after local midnight in Los Angeles is a new day there.
    expect((await checkInToday(west, checkIn(5), new Date("2026-11-21T08:00:00Z"))).created).toBe(true);
  });

  it("shows today's entry with its task and message, and nothing before the first check-in", async () => {
    const now = new Date("2026-06-01T08:00:00Z");
    expect(await todayFor(patientId, now)).toEqual({ date: "2026-06-01", entry: null });
    await checkInToday(patientId, checkIn(2, "Hard day", 5), now);
    const { entry } = await todayFor(patientId, now);
    expect(entry).toMatchObject({
      mood: 2,
      note: "Hard day",
      minutes: 5,
      taskDone: false,
      task: { title: "A low task", durationMinutes: 5 },
      message: "Small steps still move you forward.",
    });
  });
});

describe("a patient's entries are theirs alone", () => {
  let alice: number;
  let bob: number;
  let aliceEntry: number;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist();
    alice = (await createPatient({ firstName: "Alice" })).userId;
    bob = (await createPatient({ firstName: "Bob" })).userId;
    await createTask("middle");
    aliceEntry = (await checkInToday(alice, checkIn(4, "Alice's private note"))).entryId;
  });

  it("another patient can neither edit nor delete it nor mark its task done", async () => {
    expect(await editEntry(bob, aliceEntry, checkIn(1, "Bob was here"))).toBeNull();
    expect(await deleteEntry(bob, aliceEntry)).toBe(false);
    expect(await markTaskDone(bob, aliceEntry)).toBe(false);
    const [entry] = await entriesOf(alice);
    expect(entry).toMatchObject({ mood: 4, note: "Alice's private note", taskDoneAt: null });
    expect(await revisionCount(aliceEntry)).toBe(0);
  });

  it("its owner can edit an older entry (kept as a revision) and delete it with its revisions", async () => {
    // Five days before the real today (the entry from beforeEach), with the middle task.
    const fiveDaysAgo = new Date(Date.now() - 5 * 24 * 60 * 60 * 1000);
    const older = await checkInToday(alice, checkIn(4, "Back then"), fiveDaysAgo);
    expect(older.created).toBe(true);
    const [before] = (await entriesOf(alice)).filter((e) => e.id === older.entryId);
    expect(before.taskId).not.toBeNull();
    expect(await markTaskDone(alice, older.entryId, fiveDaysAgo)).toBe(true);

    // A high task would be picked if the edit, which moves the mood to the high band, chose again.
    await createTask("high");
    const edited = await editEntry(alice, older.entryId, checkIn(7, "Feeling steadier"));
    expect(edited).toMatchObject({ entryId: older.entryId, entryDate: older.entryDate, created: false });
    expect(await revisionCount(older.entryId)).toBe(1);
    const [after] = (await entriesOf(alice)).filter((e) => e.id === older.entryId);
    expect(after).toMatchObject({ mood: 7, note: "Feeling steadier", taskId: before.taskId, taskDoneAt: fiveDaysAgo });

    expect(await deleteEntry(alice, older.entryId)).toBe(true);
    expect((await entriesOf(alice)).map((e) => e.id)).toEqual([aliceEntry]);
    expect(await revisionCount(older.entryId)).toBe(0);
  });

  it("marks the task done once, and again is harmless", async () => {
    const at = new Date("2026-06-01T09:00:00Z");
    expect(await markTaskDone(alice, aliceEntry, at)).toBe(true);
    expect(await markTaskDone(alice, aliceEntry, new Date("2026-06-01T10:00:00Z"))).toBe(true);
    const [entry] = await entriesOf(alice);
    expect(entry.taskDoneAt).toEqual(at);
  });

  it("refuses to check in for an account that does not exist", async () => {
    await expect(checkInToday(999_999, checkIn(4))).rejects.toThrow("no account 999999");
  });
});
