import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { checkInToday } from "@/lib/moods/save-entry";
import { todayFor } from "@/lib/moods/today";
import { taskLibraryFor } from "@/lib/tasks/library";
import { createTask as writeTask, staffLibrary } from "@/lib/tasks/manage-tasks";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createTask } from "@/lib/testing/library";
import { pinnedFor, shownOn } from "@/lib/testing/library-history";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { createLibraryTask, deactivateTask, deleteTask, libraryTask, listLibraryTasks, reactivateTask } from "./admin-tasks";

// Patients are registered in Europe/London, so noon UTC is always inside the named day.
const FIRST_DAY: LocalDate = "2026-06-01";
const noonOn = (n: number) => new Date(`${addDays(FIRST_DAY, n)}T12:00:00Z`);

async function taskShownOn(patientId: number, day: number, mood = 4): Promise<number | null> {
  const { entryId } = await checkInToday(patientId, { mood, note: null, minutes: 0 }, noonOn(day));
  const [entry] = await getDb().select({ taskId: moodEntries.taskId }).from(moodEntries).where(eq(moodEntries.id, entryId));
  return entry.taskId;
}

describe("the admin's task library, beyond what messages share", () => {
  let admin: Actor;
  let psychiatrist: number;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = { id: await createAdminAccount() };
    psychiatrist = await createPsychiatrist({ firstName: "Ada", lastName: "Able" });
    patient = (await createPatient()).userId;
  });

  it("names who wrote each task: the admin, a psychiatrist, or nobody for the starter library", async () => {
    const starter = await createTask("low", "A starter task");
    const byPsychiatrist = await writeTask({ id: psychiatrist }, { title: "Feet on the floor", instructions: "Feel the floor under you.", durationMinutes: 2, moodBand: "low" });
    const saved = await createLibraryTask(admin, { title: "Cold water", instructions: "Run cold water over your wrists.", durationMinutes: "1", moodBand: "low" });
    const byAdmin = (saved as { id: number }).id;

    const names = Object.fromEntries((await listLibraryTasks(admin))!.items.map((t) => [t.id, t.authorName]));
    expect(names).toEqual({ [starter]: null, [byPsychiatrist]: "Ada Able", [byAdmin]: expect.stringMatching(/^Ada Admin \d+$/) });
    expect(await libraryTask(admin, byAdmin)).toMatchObject({ title: "Cold water", durationMinutes: 1, moodBand: "low", active: true, deletable: true });
  });

  it("searches instructions as well as titles", async () => {
    const toes = await writeTask({ id: psychiatrist }, { title: "Feet on the floor", instructions: "Wriggle your toes.", durationMinutes: 2, moodBand: "low" });
    await createTask("low", "Wriggle room");
    const found = (await listLibraryTasks(admin, { search: "TOES" }))!.items;
    expect(found.map((t) => t.id)).toEqual([toes]);
  });

  it("keeps a task only pinned for a patient, never shown, from being deleted", async () => {
    const pinned = await createTask("middle", "Pinned, not yet shown");
    await pinnedFor(patient, pinned);
    expect(await libraryTask(admin, pinned)).toMatchObject({ usage: { shown: 0, pinned: 1 }, deletable: false });
    expect(await deleteTask(admin, pinned)).toBe("shown");
    expect(await deactivateTask(admin, pinned)).toBe("changed");
    expect(await libraryTask(admin, pinned)).toMatchObject({ active: false });
  });

  it("never gives a deactivated task at a check-in, pinned or not, until it is reactivated", async () => {
    const [first, second] = [await createTask("middle", "First"), await createTask("middle", "Second")];
    await pinnedFor(patient, first);
    expect(await taskShownOn(patient, 0)).toBe(first);

    expect(await deactivateTask(admin, first)).toBe("changed");
    // The pin would win every day; deactivated, the rotation gives the other task instead.
    expect(await taskShownOn(patient, 1)).toBe(second);
    expect(await taskShownOn(patient, 2)).toBe(second);
    // Yesterday's check-in still shows the task it was given.
    expect((await todayFor(patient, noonOn(0))).entry?.task).toMatchObject({ title: "First" });

    expect(await deactivateTask(admin, second)).toBe("changed");
    expect(await taskShownOn(patient, 3)).toBeNull();

    expect(await reactivateTask(admin, first)).toBe("changed");
    expect(await taskShownOn(patient, 4)).toBe(first);
  });

  it("takes a deactivated task out of the libraries psychiatrists and patients see", async () => {
    const task = await createTask("high", "Savour a good moment");
    await shownOn(patient, "2026-01-01", { taskId: task });
    await deactivateTask(admin, task);
    expect(await staffLibrary({ id: psychiatrist })).toEqual([]);
    expect((await taskLibraryFor(patient)).tasks).toEqual([]);
  });
});
