import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, mindfulnessTasks } from "@/db/schema";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createTask } from "@/lib/testing/library";
import { shownOn } from "@/lib/testing/library-history";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.61" }) }));
// The database going away mid-save is simulated by making the next save throw.
const failNextSave = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/admin/library/admin-tasks", async (load) => {
  const actual = await load<typeof import("@/lib/admin/library/admin-tasks")>();
  const failing =
    <A extends unknown[], R>(save: (...args: A) => Promise<R>) =>
    (...args: A) => {
      if (!failNextSave.on) return save(...args);
      failNextSave.on = false;
      return Promise.reject(new Error("connection lost"));
    };
  return { ...actual, createLibraryTask: failing(actual.createLibraryTask), updateLibraryTask: failing(actual.updateLibraryTask) };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { createTaskAction, deactivateTaskAction, deleteTaskAction, reactivateTaskAction, updateTaskAction } = await import("./actions");

const fields = { title: "Three breaths", instructions: "Breathe in slowly, three times.", durationMinutes: "2", moodBand: "middle" };
const signInAs = (userId: number, role = "admin") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });
const task = async (id: number) => (await getDb().select().from(mindfulnessTasks).where(eq(mindfulnessTasks.id, id)))[0];
const auditActions = async () => (await getDb().select().from(auditLog)).map((r) => `${r.action} ${r.outcome} ${r.ip}`);

describe("the admin's task actions", () => {
  let admin: number;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    await createPsychiatrist();
    patient = (await createPatient()).userId;
    session.current = null;
    failNextSave.on = false;
  });

  it("adds a task written by the admin and edits it, back to the list saying so", async () => {
    signInAs(admin);
    expect(await redirectedTo(createTaskAction(null, formData(fields)))).toBe("/admin/tasks?done=created");
    const [added] = await getDb().select().from(mindfulnessTasks);
    expect(added).toMatchObject({ title: "Three breaths", createdBy: admin, durationMinutes: 2, moodBand: "middle", active: true });

    const edit = formData({ ...fields, taskId: String(added.id), title: "Four breaths", moodBand: "low" });
    expect(await redirectedTo(updateTaskAction(null, edit))).toBe("/admin/tasks?done=updated");
    expect(await task(added.id)).toMatchObject({ title: "Four breaths", moodBand: "low", createdBy: admin });
    expect(await auditActions()).toEqual(["task.create allowed 192.0.2.61", "task.update allowed 192.0.2.61"]);
  });

  it("answers bad input next to its fields, a missing task plainly, a lost database keeping the form", async () => {
    signInAs(admin);
    const id = await createTask("middle", "Left alone");
    expect(await createTaskAction(null, formData({ ...fields, title: " ", durationMinutes: "500" }))).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Give the task a title"], durationMinutes: ["Give the duration in minutes, from 1 to 120"] },
    });
    expect(await updateTaskAction(null, formData({ ...fields, taskId: String(id), moodBand: "elated" }))).toMatchObject({
      ok: false,
      fieldErrors: { moodBand: ["Choose the days this task suits"] },
    });
    for (const taskId of ["abc", "", "0", "424242"]) {
      expect(await updateTaskAction(null, formData({ ...fields, taskId }))).toEqual({ ok: false, message: "That task is no longer in the library.", fieldErrors: {} });
    }
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failNextSave.on = true;
    expect(await createTaskAction(null, formData(fields))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    failNextSave.on = true;
    expect(await updateTaskAction(null, formData({ ...fields, taskId: String(id) }))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();

    expect(await getDb().select({ id: mindfulnessTasks.id, title: mindfulnessTasks.title }).from(mindfulnessTasks)).toEqual([{ id, title: "Left alone" }]);
    expect(await auditActions()).toEqual([]);
  });

  it("deactivates and reactivates, going back to the view it was pressed on", async () => {
    signInAs(admin);
    const id = await createTask("middle");
    const step = (action: typeof deactivateTaskAction, returnTo: string, taskId = String(id)) => redirectedTo(action(formData({ taskId, returnTo })));

    expect(await step(deactivateTaskAction, "/admin/tasks?status=active&q=breath&page=2")).toBe("/admin/tasks?status=active&q=breath&page=2&done=deactivated");
    expect((await task(id)).active).toBe(false);
    expect(await step(deactivateTaskAction, "/admin/tasks")).toBe("/admin/tasks?done=unchanged");
    expect(await step(reactivateTaskAction, "https://example.net/admin/tasks")).toBe("/admin/tasks?done=reactivated");
    expect((await task(id)).active).toBe(true);
    expect(await step(reactivateTaskAction, "/admin/tasks?status=inactive", "nope")).toBe("/admin/tasks?status=inactive&done=not-found");
    expect(await step(deactivateTaskAction, "/admin/tasks", "424242")).toBe("/admin/tasks?done=not-found");
    expect(await auditActions()).toEqual(["task.deactivate allowed 192.0.2.61", "task.reactivate allowed 192.0.2.61"]);
  });

  it("deletes a task nobody was given, and refuses one a patient was shown", async () => {
    signInAs(admin);
    const [shown, unused] = [await createTask("middle", "Shown"), await createTask("middle", "Unused")];
    await shownOn(patient, "2026-04-01", { taskId: shown });

    expect(await redirectedTo(deleteTaskAction(formData({ taskId: String(shown) })))).toBe("/admin/tasks?done=shown");
    expect(await task(shown)).toMatchObject({ title: "Shown", active: true });
    expect(await redirectedTo(deleteTaskAction(formData({ taskId: String(unused) })))).toBe("/admin/tasks?done=deleted");
    expect(await task(unused)).toBeUndefined();
    expect(await redirectedTo(deleteTaskAction(formData({ taskId: String(unused) })))).toBe("/admin/tasks?done=not-found");
    expect(await redirectedTo(deleteTaskAction(formData({})))).toBe("/admin/tasks?done=not-found");
    expect(await auditActions()).toEqual(["task.delete allowed 192.0.2.61"]);
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const psychiatrist = await createPsychiatrist();
    const disabledAdmin = await createAdminAccount({ disabled: true });
    const id = await createTask("middle", "Untouched");
    const idField = { taskId: String(id) };
    const attempts = [
      () => createTaskAction(null, formData(fields)),
      () => updateTaskAction(null, formData({ ...fields, ...idField, title: "Taken over" })),
      () => deactivateTaskAction(formData(idField)),
      () => reactivateTaskAction(formData(idField)),
      () => deleteTaskAction(formData(idField)),
    ];
    for (const attempt of attempts) {
      session.current = null;
      expect(await redirectedTo(attempt())).toBe("/login");
      for (const [userId, role] of [
        [patient, "patient"],
        [psychiatrist, "psychiatrist"],
        // A token claiming the role is not enough: the account's own role decides.
        [patient, "admin"],
        [psychiatrist, "admin"],
      ] as const) {
        signInAs(userId, role);
        await expect(attempt()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
      }
      // A disabled account's session ends at its next request.
      signInAs(disabledAdmin);
      expect(await redirectedTo(attempt())).toBe("/login");
    }
    expect(await getDb().select({ id: mindfulnessTasks.id, title: mindfulnessTasks.title, active: mindfulnessTasks.active }).from(mindfulnessTasks)).toEqual([
      { id, title: "Untouched", active: true },
    ]);
    expect(await auditActions()).toEqual([]);
  });
});
