import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, dailyMessages } from "@/db/schema";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage } from "@/lib/testing/library";
import { shownOn } from "@/lib/testing/library-history";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.62" }) }));
// The database going away mid-save is simulated by making the next save throw.
const failNextSave = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/admin/library/admin-messages", async (load) => {
  const actual = await load<typeof import("@/lib/admin/library/admin-messages")>();
  const failing =
    <A extends unknown[], R>(save: (...args: A) => Promise<R>) =>
    (...args: A) => {
      if (!failNextSave.on) return save(...args);
      failNextSave.on = false;
      return Promise.reject(new Error("connection lost"));
    };
  return { ...actual, createDailyMessage: failing(actual.createDailyMessage), updateDailyMessage: failing(actual.updateDailyMessage) };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { createMessageAction, deactivateMessageAction, deleteMessageAction, reactivateMessageAction, updateMessageAction } = await import("./actions");

const fields = { text: "Rest isn't something you have to earn." };
const signInAs = (userId: number, role = "admin") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });
const message = async (id: number) => (await getDb().select().from(dailyMessages).where(eq(dailyMessages.id, id)))[0];
const auditActions = async () => (await getDb().select().from(auditLog)).map((r) => `${r.action} ${r.outcome} ${r.ip}`);

describe("the admin's message actions", () => {
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

  it("adds a message and edits it, back to the list saying so", async () => {
    signInAs(admin);
    expect(await redirectedTo(createMessageAction(null, formData(fields)))).toBe("/admin/messages?done=created");
    const [added] = await getDb().select().from(dailyMessages);
    expect(added).toMatchObject({ text: "Rest isn't something you have to earn.", active: true });

    const edit = formData({ messageId: String(added.id), text: "Rest is\r\nnot something to earn." });
    expect(await redirectedTo(updateMessageAction(null, edit))).toBe("/admin/messages?done=updated");
    expect(await message(added.id)).toMatchObject({ text: "Rest is not something to earn." });
    expect(await auditActions()).toEqual(["message.create allowed 192.0.2.62", "message.update allowed 192.0.2.62"]);
  });

  it("answers bad input next to its fields, a missing message plainly, a lost database keeping the form", async () => {
    signInAs(admin);
    const id = await createMessage("Left alone");
    expect(await createMessageAction(null, formData({ text: " \n " }))).toMatchObject({ ok: false, fieldErrors: { text: ["Write the message"] } });
    expect(await createMessageAction(null, formData({}))).toMatchObject({ ok: false, fieldErrors: { text: ["Write the message"] } });
    expect(await updateMessageAction(null, formData({ messageId: String(id), text: "x".repeat(281) }))).toMatchObject({
      ok: false,
      fieldErrors: { text: ["Keep the message to 280 characters or fewer"] },
    });
    for (const messageId of ["abc", "", "0", "424242"]) {
      expect(await updateMessageAction(null, formData({ ...fields, messageId }))).toEqual({ ok: false, message: "That message is no longer in the library.", fieldErrors: {} });
    }
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failNextSave.on = true;
    expect(await createMessageAction(null, formData(fields))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    failNextSave.on = true;
    expect(await updateMessageAction(null, formData({ ...fields, messageId: String(id) }))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();

    expect(await getDb().select({ id: dailyMessages.id, text: dailyMessages.text }).from(dailyMessages)).toEqual([{ id, text: "Left alone" }]);
    expect(await auditActions()).toEqual([]);
  });

  it("deactivates and reactivates, going back to the view it was pressed on", async () => {
    signInAs(admin);
    const id = await createMessage();
    const step = (action: typeof deactivateMessageAction, returnTo: string, messageId = String(id)) => redirectedTo(action(formData({ messageId, returnTo })));

    expect(await step(deactivateMessageAction, "/admin/messages?status=active&q=rest&page=2")).toBe("/admin/messages?status=active&q=rest&page=2&done=deactivated");
    expect((await message(id)).active).toBe(false);
    expect(await step(deactivateMessageAction, "/admin/messages")).toBe("/admin/messages?done=unchanged");
    expect(await step(reactivateMessageAction, "https://example.net/admin/messages")).toBe("/admin/messages?done=reactivated");
    expect((await message(id)).active).toBe(true);
    expect(await step(reactivateMessageAction, "/admin/messages?status=inactive", "nope")).toBe("/admin/messages?status=inactive&done=not-found");
    expect(await step(deactivateMessageAction, "/admin/messages", "424242")).toBe("/admin/messages?done=not-found");
    expect(await auditActions()).toEqual(["message.deactivate allowed 192.0.2.62", "message.reactivate allowed 192.0.2.62"]);
  });

  it("deletes a message nobody was given, and refuses one a patient was shown", async () => {
    signInAs(admin);
    const [shown, unused] = [await createMessage("Shown"), await createMessage("Unused")];
    await shownOn(patient, "2026-04-01", { messageId: shown });

    expect(await redirectedTo(deleteMessageAction(formData({ messageId: String(shown) })))).toBe("/admin/messages?done=shown");
    expect(await message(shown)).toMatchObject({ text: "Shown", active: true });
    expect(await redirectedTo(deleteMessageAction(formData({ messageId: String(unused) })))).toBe("/admin/messages?done=deleted");
    expect(await message(unused)).toBeUndefined();
    expect(await redirectedTo(deleteMessageAction(formData({ messageId: String(unused) })))).toBe("/admin/messages?done=not-found");
    expect(await redirectedTo(deleteMessageAction(formData({})))).toBe("/admin/messages?done=not-found");
    expect(await auditActions()).toEqual(["message.delete allowed 192.0.2.62"]);
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const psychiatrist = await createPsychiatrist();
    const disabledAdmin = await createAdminAccount({ disabled: true });
    const id = await createMessage("Untouched");
    const idField = { messageId: String(id) };
    const attempts = [
      () => createMessageAction(null, formData(fields)),
      () => updateMessageAction(null, formData({ ...idField, text: "Taken over" })),
      () => deactivateMessageAction(formData(idField)),
      () => reactivateMessageAction(formData(idField)),
      () => deleteMessageAction(formData(idField)),
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
    expect(await getDb().select({ id: dailyMessages.id, text: dailyMessages.text, active: dailyMessages.active }).from(dailyMessages)).toEqual([
      { id, text: "Untouched", active: true },
    ]);
    expect(await auditActions()).toEqual([]);
  });
});
