import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { alertRules, dailyMessages, emailOutbox, mindfulnessTasks, patients, psychiatrists, settings, users } from "@/db/schema";
import { rejectionSchema } from "@/lib/admin/approvals/rejection-schema";
import { moveSchema } from "@/lib/admin/people/move-schema";
import { parseRuleInput } from "@/lib/admin/rules/rule-input";
import { crisisLineFields } from "@/lib/admin/settings/crisis-line-fields";
import { parseSettingInput } from "@/lib/admin/settings/setting-input";
import { parseInput } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { type MessageInput, messageSchema } from "@/lib/messages/message-schema";
import { DEFAULT_CRISIS_LINES } from "@/lib/settings/crisis-line-schema";
import { taskSchema } from "@/lib/tasks/task-schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createApplicant } from "@/lib/testing/applications";
import { type Expected, expectHostileIdsChangeNothing, expectStoredOrRefused, forEachHostileForm, outcomeOf, snapshot } from "@/lib/testing/hostile-actions";
import { createMessage, createTask } from "@/lib/testing/library";
import { createAdminAccount, queueTestEmail } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.30" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const rules = await import("@/app/(admin)/admin/alert-rules/actions");
const approvals = await import("@/app/(admin)/admin/approvals/actions");
const messages = await import("@/app/(admin)/admin/messages/actions");
const outbox = await import("@/app/(admin)/admin/outbox/actions");
const people = await import("@/app/(admin)/admin/people/[id]/actions");
const settingActions = await import("@/app/(admin)/admin/settings/actions");
const tasks = await import("@/app/(admin)/admin/tasks/actions");

const WRITTEN = [users, patients, psychiatrists, alertRules, settings, dailyMessages, mindfulnessTasks, emailOutbox];
const TASK = { title: "Five senses", instructions: "Name five things you can see.", durationMinutes: "5", moodBand: "low" };
const MISSING_ID = "999999";

type Library = typeof dailyMessages | typeof mindfulnessTasks;

async function row<T extends Library>(table: T, id: number) {
  return (await getDb().select().from(table).where(eq(table.id, id)))[0];
}

/**
 * The schema's verdict, once the id field names a row of `table`: an admin may change any of
 * them, and a hostile id can name one the earlier runs created.
 */
const bySchema =
  <S extends z.ZodType>(schema: S, target?: { idField: string; table: Library }) =>
  async (fields: Record<string, string>): Promise<Expected<z.output<S>>> => {
    if (target) {
      const id = parseId(fields[target.idField]);
      if (id === null || !(await row(target.table, id))) return { ok: false };
    }
    return parseInput(schema, fields);
  };
/** The row the form's id field names. */
const named = <T extends Library>(table: T, idField: string, fields: Record<string, string>) => row(table, parseId(fields[idField])!);
const newest = async (table: typeof dailyMessages | typeof mindfulnessTasks) => (await getDb().select({ id: table.id }).from(table).orderBy(table.id)).at(-1)!.id;

describe("admin actions under hostile form data", () => {
  let admin: number;
  let patient: number;
  let applicant: number;
  let message: number;
  let task: number;
  let email: number;
  beforeAll(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    applicant = await createApplicant();
    await createPsychiatrist();
    patient = (await createPatient()).userId;
    message = await createMessage();
    task = await createTask("low");
    email = await queueTestEmail();
    session.current = { userId: admin, role: "admin", sessionVersion: 1, sessionId: TEST_SESSION_ID };
  });

  it("saveRuleAction stores a rule's settings exactly as accepted, or refuses them beside their fields", async () => {
    await expectStoredOrRefused({
      valid: { kind: "low_run", enabled: "on", days: "3", atOrBelow: "3" },
      expected: (fields) => (fields.kind === "low_run" ? parseRuleInput("low_run", fields) : { ok: false }),
      written: WRITTEN,
      run: (form) => rules.saveRuleAction(null, form),
      stored: async ({ enabled, ...parameters }) => {
        const [stored] = await getDb().select().from(alertRules).where(eq(alertRules.kind, "low_run"));
        expect({ enabled: stored.enabled, parameters: JSON.parse(stored.parameters) }).toEqual({ enabled, parameters });
      },
    });
  });

  it("previewRuleAction and resetRuleAction with hostile input store nothing", async () => {
    await forEachHostileForm({ kind: "concerning_words", enabled: "on", phrases: "end my life\nno way out", maxGap: "2" }, async ({ form }) => {
      const before = await snapshot(WRITTEN);
      const outcome = await outcomeOf(() => rules.previewRuleAction(null, form));
      expect(outcome.kind).toBe("returned");
      expect(await snapshot(WRITTEN)).toBe(before);
    });
    await forEachHostileForm({ kind: "silence" }, async ({ form, fields }) => {
      const before = await snapshot(WRITTEN);
      expect(await outcomeOf(() => rules.resetRuleAction(form))).toEqual({ kind: "redirect", to: expect.stringMatching(/^\/admin\/alert-rules/) });
      if (fields.kind !== "silence") expect(await snapshot(WRITTEN)).toBe(before);
    });
  });

  it("saveSettingAction stores a setting exactly as accepted, or refuses it beside its fields", async () => {
    for (const [key, valid] of [
      ["escalationHours", { escalationHours: "4" }],
      ["crisisLines", crisisLineFields(DEFAULT_CRISIS_LINES)],
    ] as const) {
      await expectStoredOrRefused({
        valid: { setting: key, ...valid },
        expected: (fields) => (fields.setting === key ? parseSettingInput(key, fields) : { ok: false }),
        written: WRITTEN,
        run: (form) => settingActions.saveSettingAction(null, form),
        stored: async (data) => {
          const [stored] = await getDb().select().from(settings).where(eq(settings.key, key));
          expect(JSON.parse(stored.value)).toEqual(data);
        },
      });
    }
  });

  it("createMessageAction and updateMessageAction store the text as accepted, markup as text, or refuse it", async () => {
    await expectStoredOrRefused({
      valid: { text: "Small steps still move you forward." },
      expected: bySchema(messageSchema),
      written: WRITTEN,
      acceptableIn: "text",
      run: (form) => messages.createMessageAction(null, form),
      stored: async ({ text }: MessageInput) => expect((await row(dailyMessages, await newest(dailyMessages))).text).toBe(text),
    });
    await expectStoredOrRefused({
      valid: { messageId: String(message), text: "Rest is part of the work." },
      expected: bySchema(messageSchema, { idField: "messageId", table: dailyMessages }),
      written: WRITTEN,
      acceptableIn: "text",
      run: (form) => messages.updateMessageAction(null, form),
      stored: async ({ text }: MessageInput, fields) => expect((await named(dailyMessages, "messageId", fields)).text).toBe(text),
    });
  });

  it("the library's createTaskAction and updateTaskAction store the task as accepted, or refuse it", async () => {
    type Task = z.output<typeof taskSchema>;
    const storedAs = (read: (fields: Record<string, string>) => Promise<typeof mindfulnessTasks.$inferSelect>) => async (data: Task, fields: Record<string, string>) => {
      const stored = await read(fields);
      expect({ title: stored.title, instructions: stored.instructions, durationMinutes: stored.durationMinutes, moodBand: stored.moodBand }).toEqual(data);
    };
    await expectStoredOrRefused({
      valid: TASK,
      expected: bySchema(taskSchema),
      written: WRITTEN,
      acceptableIn: "instructions",
      run: (form) => tasks.createTaskAction(null, form),
      stored: storedAs(async () => row(mindfulnessTasks, await newest(mindfulnessTasks))),
    });
    await expectStoredOrRefused({
      valid: { taskId: String(task), ...TASK },
      expected: bySchema(taskSchema, { idField: "taskId", table: mindfulnessTasks }),
      written: WRITTEN,
      acceptableIn: "title",
      run: (form) => tasks.updateTaskAction(null, form),
      stored: storedAs((fields) => named(mindfulnessTasks, "taskId", fields)),
    });
  });

  it("rejectApplicationAction and movePatientAction refuse a hostile reason or psychiatrist beside the field, changing nothing", async () => {
    // Aimed at no one who can be decided on, so every form is refused, with the schema's field messages first.
    await expectStoredOrRefused({
      valid: { userId: MISSING_ID, reason: "We could not verify your BACP membership." },
      expected: (fields) => ({ ok: false, fieldErrors: parseId(fields.userId) === null ? {} : (parseInput(rejectionSchema, fields) as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {} }),
      written: WRITTEN,
      acceptableIn: "reason",
      run: (form) => approvals.rejectApplicationAction(null, form),
      stored: async () => {},
    });
    await expectStoredOrRefused({
      valid: { patientId: String(patient), psychiatristId: MISSING_ID },
      expected: (fields) => {
        const parsed = parseInput(moveSchema, fields);
        return { ok: false, fieldErrors: parseId(fields.patientId) === patient && !parsed.ok ? parsed.fieldErrors : undefined };
      },
      written: WRITTEN,
      run: (form) => people.movePatientAction(null, form),
      stored: async () => {},
    });
  });

  it("button actions sent ids that are not ids go back and change nothing", async () => {
    const returnTo = { returnTo: "/admin/tasks" };
    await expectHostileIdsChangeNothing(approvals.approveApplicationAction, { userId: String(applicant) }, ["userId"], WRITTEN);
    for (const action of [messages.deactivateMessageAction, messages.reactivateMessageAction, messages.deleteMessageAction]) {
      await expectHostileIdsChangeNothing(action, { messageId: String(message), ...returnTo }, ["messageId"], WRITTEN, 6);
    }
    for (const action of [tasks.deactivateTaskAction, tasks.reactivateTaskAction, tasks.deleteTaskAction]) {
      await expectHostileIdsChangeNothing(action, { taskId: String(task), ...returnTo }, ["taskId"], WRITTEN, 6);
    }
    await expectHostileIdsChangeNothing(outbox.retryEmailAction, { emailId: String(email), returnTo: "/admin/outbox" }, ["emailId"], WRITTEN);
    for (const action of [people.disableAccountAction, people.enableAccountAction, people.removeAccountAction]) {
      await expectHostileIdsChangeNothing(action, { userId: String(patient) }, ["userId"], WRITTEN, 6);
    }
  });

  it("turns the anonymous and other roles away from every admin action, storing nothing", async () => {
    const calls = [
      (form: FormData) => rules.previewRuleAction(null, form),
      (form: FormData) => rules.saveRuleAction(null, form),
      rules.resetRuleAction,
      approvals.approveApplicationAction,
      (form: FormData) => approvals.rejectApplicationAction(null, form),
      (form: FormData) => messages.createMessageAction(null, form),
      (form: FormData) => messages.updateMessageAction(null, form),
      messages.deactivateMessageAction,
      messages.reactivateMessageAction,
      messages.deleteMessageAction,
      outbox.retryEmailAction,
      people.disableAccountAction,
      people.enableAccountAction,
      people.removeAccountAction,
      (form: FormData) => people.movePatientAction(null, form),
      (form: FormData) => settingActions.saveSettingAction(null, form),
      (form: FormData) => tasks.createTaskAction(null, form),
      (form: FormData) => tasks.updateTaskAction(null, form),
      tasks.deactivateTaskAction,
      tasks.reactivateTaskAction,
      tasks.deleteTaskAction,
    ];
    const valid = { kind: "low_mood", userId: String(patient), messageId: String(message), taskId: String(task), emailId: String(email), patientId: String(patient), text: "Hi", ...TASK };
    for (const caller of [null, { userId: patient, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID }]) {
      session.current = caller;
      for (const call of calls) {
        await forEachHostileForm(
          valid,
          async ({ form }) => {
            const before = await snapshot(WRITTEN);
            expect(await outcomeOf(() => call(form))).toEqual(caller ? { kind: "refused", status: "403" } : { kind: "redirect", to: "/login" });
            expect(await snapshot(WRITTEN)).toBe(before);
          },
          { runs: 2 },
        );
      }
    }
  });
});
