import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { mindfulnessTasks } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { createTaskAction, updateTaskAction } = await import("./actions");

const fields = { title: "Three breaths", instructions: "Breathe in slowly, three times.", durationMinutes: "2", moodBand: "middle" };

describe("task library actions", () => {
  let drA: number;
  let drB: number;
  beforeEach(async () => {
    await resetDatabase();
    drA = await createPsychiatrist();
    drB = await createPsychiatrist();
  });
  const as = (userId: number, role = "psychiatrist") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });

  it("adds and edits the caller's own task", async () => {
    as(drA);
    expect(await redirectedTo(createTaskAction(null, formData(fields)))).toBe("/library?saved=1");
    const [task] = await getDb().select().from(mindfulnessTasks);
    expect(task).toMatchObject({ title: "Three breaths", createdBy: drA, durationMinutes: 2 });
    const edit = formData({ ...fields, taskId: String(task.id), title: "Four breaths" });
    expect(await redirectedTo(updateTaskAction(null, edit))).toBe("/library?saved=1");
    expect((await getDb().select().from(mindfulnessTasks))[0].title).toBe("Four breaths");
  });

  it("refuses to edit another psychiatrist's task and answers bad input by field", async () => {
    as(drA);
    await redirectedTo(createTaskAction(null, formData(fields)));
    const [task] = await getDb().select().from(mindfulnessTasks);
    as(drB);
    const refused = await updateTaskAction(null, formData({ ...fields, taskId: String(task.id), title: "Mine now" }));
    expect(refused).toMatchObject({ ok: false, message: "Only the psychiatrist who wrote a task can change it." });
    expect(await updateTaskAction(null, formData({ ...fields, taskId: "abc" }))).toMatchObject({ ok: false });
    expect(await createTaskAction(null, formData({ ...fields, durationMinutes: "500" }))).toMatchObject({
      ok: false,
      fieldErrors: { durationMinutes: [expect.any(String)] },
    });
    expect((await getDb().select().from(mindfulnessTasks)).map((t) => t.title)).toEqual(["Three breaths"]);
  });

  it("is for psychiatrists only", async () => {
    const patient = (await createPatient()).userId;
    as(patient, "patient");
    await expect(createTaskAction(null, formData(fields))).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await getDb().select().from(mindfulnessTasks)).toEqual([]);
  });
});
