import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { alerts, emailOutbox, entryReplies, mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import { parseInput } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { replySchema } from "@/lib/review/reply-schema";
import { resolutionSchema } from "@/lib/risk/resolution-schema";
import { createTask } from "@/lib/tasks/manage-tasks";
import { taskSchema } from "@/lib/tasks/task-schema";
import { createAlert } from "@/lib/testing/alerts";
import { type Expected, expectHostileIdsChangeNothing, expectStoredOrRefused, forEachHostileForm, outcomeOf, snapshot } from "@/lib/testing/hostile-actions";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry, type Caseloads, twoCaseloads } from "@/lib/testing/review";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.20" }) }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const review = await import("@/app/(psychiatrist)/review/actions");
const alertActions = await import("@/app/(psychiatrist)/alerts/actions");
const library = await import("@/app/(psychiatrist)/library/actions");
const pins = await import("@/app/(psychiatrist)/patients/[id]/actions");

const WRITTEN = [moodEntries, entryReplies, alerts, mindfulnessTasks, patientTasks, emailOutbox];
const TASK = { title: "Five senses", instructions: "Name five things you can see.", durationMinutes: "5", moodBand: "low" };

describe("psychiatrist actions under hostile form data", () => {
  let c: Caseloads;
  let entry: number;
  let alert: number;
  let task: number;
  beforeAll(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    entry = await addEntry(c.alice, "2026-01-10", 2, { note: "A hard day" });
    alert = await createAlert({ patientId: c.alice, rule: "low_mood", severity: "high" });
    task = await createTask({ id: c.doctor, ip: null }, { title: "Breathe", instructions: "Breathe in for four counts.", durationMinutes: 5, moodBand: "low" });
    session.current = { userId: c.doctor, role: "psychiatrist", sessionVersion: 1, sessionId: TEST_SESSION_ID };
  });

  /** The schema's verdict, once the id names a row the caller may change. */
  const bySchema =
    <S extends z.ZodType>(schema: S, idField?: string, mayChange?: (id: number) => boolean | Promise<boolean>) =>
    async (fields: Record<string, string>): Promise<Expected<z.output<S>>> => {
      if (idField !== undefined) {
        const id = parseId(fields[idField]);
        if (id === null || !(await mayChange?.(id))) return { ok: false };
      }
      return parseInput(schema, fields);
    };
  const againstSchema = <S extends z.ZodType>(options: {
    valid: Record<string, string>;
    schema: S;
    idField?: string;
    mayChange?: (id: number) => boolean | Promise<boolean>;
    acceptableIn?: string;
    run: (form: FormData) => Promise<unknown>;
    stored: (data: z.output<S>, fields: Record<string, string>) => Promise<void>;
  }) => expectStoredOrRefused({ ...options, expected: bySchema(options.schema, options.idField, options.mayChange), written: WRITTEN });

  it("replyAction and editReplyAction store the reply as accepted, markup as text, or refuse it", async () => {
    await againstSchema({
      valid: { entryId: String(entry), text: "Thank you for telling me.", returnTo: "/review" },
      schema: replySchema,
      idField: "entryId",
      mayChange: (id) => id === entry,
      acceptableIn: "text",
      run: (form) => review.replyAction(null, form),
      stored: async ({ text }) => expect((await getDb().select().from(entryReplies).where(eq(entryReplies.entryId, entry)))[0].text).toBe(text),
    });
    const [reply] = await getDb().select().from(entryReplies).where(eq(entryReplies.entryId, entry));
    await againstSchema({
      valid: { replyId: String(reply.id), text: "An edited reply.", returnTo: `/patients/${c.alice}` },
      schema: replySchema,
      idField: "replyId",
      mayChange: (id) => id === reply.id,
      acceptableIn: "text",
      run: (form) => review.editReplyAction(null, form),
      stored: async ({ text }) => expect((await getDb().select().from(entryReplies).where(eq(entryReplies.id, reply.id)))[0].text).toBe(text),
    });
  });

  it("resolveAlertAction keeps the resolution as accepted, or refuses it", async () => {
    await againstSchema({
      valid: { alertId: String(alert), resolution: "Called her; she is safe.", returnTo: "/alerts" },
      schema: resolutionSchema,
      idField: "alertId",
      mayChange: (id) => id === alert,
      acceptableIn: "resolution",
      run: (form) => alertActions.resolveAlertAction(null, form),
      stored: async ({ resolution }) => {
        const [row] = await getDb().select().from(alerts).where(eq(alerts.id, alert));
        expect(row).toMatchObject({ status: "resolved", resolution });
        // Open again, so the next run can resolve it too.
        await getDb().update(alerts).set({ status: "open", resolution: null, resolvedAt: null, resolvedBy: null }).where(eq(alerts.id, alert));
      },
    });
  });

  it("the library's createTaskAction and updateTaskAction store the task as accepted, or refuse it", async () => {
    const taskRow = async (id: number) => (await getDb().select().from(mindfulnessTasks).where(eq(mindfulnessTasks.id, id)))[0];
    const storedAs = async (id: number, data: Record<string, unknown>) => {
      const row = await taskRow(id);
      expect({ title: row.title, instructions: row.instructions, durationMinutes: row.durationMinutes, moodBand: row.moodBand }).toEqual(data);
    };
    const newest = async () => (await getDb().select({ id: mindfulnessTasks.id }).from(mindfulnessTasks).orderBy(mindfulnessTasks.id)).at(-1)!.id;
    await againstSchema({
      valid: TASK,
      schema: taskSchema,
      acceptableIn: "instructions",
      run: (form) => library.createTaskAction(null, form),
      stored: async (data) => storedAs(await newest(), data),
    });
    // Any task this psychiatrist wrote can be changed, including those the runs above created.
    await againstSchema({
      valid: { taskId: String(task), ...TASK },
      schema: taskSchema,
      idField: "taskId",
      mayChange: async (id) => (await taskRow(id))?.createdBy === c.doctor,
      acceptableIn: "title",
      run: (form) => library.updateTaskAction(null, form),
      stored: (data, fields) => storedAs(parseId(fields.taskId)!, data),
    });
  });

  it("button actions sent ids that are not ids go back and change nothing", async () => {
    await expectHostileIdsChangeNothing(review.markReviewedAction, { entryId: String(entry) }, ["entryId"], WRITTEN);
    await expectHostileIdsChangeNothing(review.markAllShownReviewedAction, { entryId: String(entry) }, ["entryId"], WRITTEN);
    await expectHostileIdsChangeNothing(alertActions.acknowledgeAlertAction, { alertId: String(alert), returnTo: "/alerts" }, ["alertId"], WRITTEN);
    await expectHostileIdsChangeNothing(pins.pinTaskAction, { patientId: String(c.alice), taskId: String(task) }, ["patientId", "taskId"], WRITTEN);
    await expectHostileIdsChangeNothing(pins.unpinTaskAction, { patientId: String(c.alice), taskId: String(task) }, ["patientId", "taskId"], WRITTEN);
  });

  it("turns the anonymous and patients away from every psychiatrist action, storing nothing", async () => {
    const calls = [
      (form: FormData) => review.replyAction(null, form),
      (form: FormData) => review.editReplyAction(null, form),
      review.markReviewedAction,
      review.markAllShownReviewedAction,
      alertActions.acknowledgeAlertAction,
      (form: FormData) => alertActions.resolveAlertAction(null, form),
      (form: FormData) => library.createTaskAction(null, form),
      (form: FormData) => library.updateTaskAction(null, form),
      pins.pinTaskAction,
      pins.unpinTaskAction,
    ];
    const valid = { entryId: String(entry), replyId: "1", alertId: String(alert), patientId: String(c.alice), taskId: String(task), text: "Hello", resolution: "Done", ...TASK };
    for (const caller of [null, { userId: c.alice, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID }]) {
      session.current = caller;
      for (const call of calls) {
        await forEachHostileForm(
          valid,
          async ({ form }) => {
            const before = await snapshot(WRITTEN);
            expect(await outcomeOf(() => call(form))).toEqual(caller ? { kind: "refused", status: "403" } : { kind: "redirect", to: "/login" });
            expect(await snapshot(WRITTEN)).toBe(before);
          },
          { runs: 3 },
        );
      }
    }
  });
});
