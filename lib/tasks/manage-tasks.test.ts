import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, mindfulnessTasks } from "@/db/schema";
import { createPsychiatrist } from "@/lib/testing/accounts";
import { createTask as insertSeedTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { createTask, ownTask, staffLibrary, updateOwnTask } from "./manage-tasks";
import { taskSchema } from "./task-schema";

const input = { title: "Notice your feet", instructions: "Stand still.\nFeel the floor under you.", durationMinutes: 3, moodBand: "low" as const };

describe("psychiatrists' task library", () => {
  let drA: number;
  let drB: number;
  beforeEach(async () => {
    await resetDatabase();
    drA = await createPsychiatrist({ firstName: "Ada", lastName: "Able" });
    drB = await createPsychiatrist();
  });

  it("adds a task written by the caller, lists it first and marks it theirs", async () => {
    await insertSeedTask("middle", "A charity task");
    const id = await createTask({ id: drA }, input);
    const library = await staffLibrary({ id: drA });
    expect(library[0]).toMatchObject({ id, title: "Notice your feet", mine: true, authorName: "Ada Able", moodBand: "low" });
    expect(library[1]).toMatchObject({ title: "A charity task", mine: false, authorName: null });
    expect((await staffLibrary({ id: drB })).find((t) => t.id === id)).toMatchObject({ mine: false, authorName: "Ada Able" });
  });

  it("lets only the author edit a task, auditing refusals", async () => {
    const id = await createTask({ id: drA }, input);
    expect(await ownTask({ id: drA }, id)).toMatchObject({ title: "Notice your feet" });
    expect(await updateOwnTask({ id: drA }, id, { ...input, durationMinutes: 4 })).toBe(true);

    expect(await ownTask({ id: drB }, id)).toBeNull();
    expect(await updateOwnTask({ id: drB }, id, { ...input, title: "Hijacked" })).toBe(false);
    const [task] = await getDb().select().from(mindfulnessTasks).where(eq(mindfulnessTasks.id, id));
    expect(task).toMatchObject({ title: "Notice your feet", durationMinutes: 4 });
    const denied = await getDb().select().from(auditLog).where(eq(auditLog.outcome, "denied"));
    expect(denied).toHaveLength(2);
    expect(denied.every((r) => r.actorId === drB && r.targetId === id)).toBe(true);
  });

  it("leaves inactive tasks out of the library", async () => {
    const id = await createTask({ id: drA }, input);
    await getDb().update(mindfulnessTasks).set({ active: false }).where(eq(mindfulnessTasks.id, id));
    expect(await staffLibrary({ id: drA })).toEqual([]);
  });
});

describe("taskSchema", () => {
  it.each([
    [{ ...input, title: " " }, "title", "Give the task a title"],
    [{ ...input, title: "x".repeat(121) }, "title", "The title must be at most 120 characters"],
    [{ ...input, instructions: "short" }, "instructions", "Write instructions of at least 10 characters"],
    [{ ...input, durationMinutes: "0" }, "durationMinutes", "Give the duration in minutes, from 1 to 120"],
    [{ ...input, durationMinutes: "2.5" }, "durationMinutes", "Give the duration in whole minutes, from 1 to 120"],
    [{ ...input, moodBand: "elated" }, "moodBand", "Choose the days this task suits"],
  ])("refuses %j on %s", (value, field, message) => {
    const parsed = taskSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("accepts a good task, normalising line breaks", () => {
    expect(taskSchema.parse({ ...input, instructions: "One.\r\nTwo and three.", durationMinutes: "3" })).toEqual({
      ...input,
      instructions: "One.\nTwo and three.",
    });
  });
});
