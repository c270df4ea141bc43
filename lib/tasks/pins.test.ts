import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, mindfulnessTasks, patientTasks } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { pinTask, pinnableTasks, pinnedTasks, unpinTask } from "./pins";

describe("pinning tasks", () => {
  let drA: number;
  let drB: number;
  let patient: number;
  let task: number;
  beforeEach(async () => {
    await resetDatabase();
    drA = await createPsychiatrist();
    drB = await createPsychiatrist();
    patient = (await createPatient()).userId;
    task = await createTask("low", "Five senses");
  });

  it("pins a task for the psychiatrist's own patient, once, and unpins it", async () => {
    expect(await pinTask({ id: drA }, patient, task)).toBe("pinned");
    expect(await pinTask({ id: drA }, patient, task)).toBe("already-pinned");
    expect(await pinnedTasks(patient)).toEqual([{ id: task, title: "Five senses", band: "low", durationMinutes: 5 }]);
    expect(await unpinTask({ id: drA }, patient, task)).toBe(true);
    expect(await unpinTask({ id: drA }, patient, task)).toBe(false);
    expect(await pinnedTasks(patient)).toEqual([]);
    const actions = (await getDb().select().from(auditLog)).map((r) => `${r.action}:${r.outcome}`);
    expect(actions).toEqual(["task.pin:allowed", "task.unpin:allowed"]);
  });

  it("refuses another psychiatrist's patient, changes nothing and audits the attempts", async () => {
    await pinTask({ id: drA }, patient, task);
    expect(await pinTask({ id: drB }, patient, task)).toBe("not-your-patient");
    expect(await unpinTask({ id: drB }, patient, task)).toBe(false);
    expect(await getDb().select().from(patientTasks)).toHaveLength(1);
    const denied = await getDb().select().from(auditLog).where(eq(auditLog.outcome, "denied"));
    expect(denied.map((r) => [r.actorId, r.action, r.patientId])).toEqual([
      [drB, "task.pin", patient],
      [drB, "task.unpin", patient],
    ]);
  });

  it("does not pin a task that is inactive or missing", async () => {
    await getDb().update(mindfulnessTasks).set({ active: false }).where(eq(mindfulnessTasks.id, task));
    expect(await pinTask({ id: drA }, patient, task)).toBe("no-such-task");
    expect(await pinTask({ id: drA }, patient, 999_999)).toBe("no-such-task");
    expect(await pinnableTasks()).toEqual([]);
  });
});
