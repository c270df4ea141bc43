import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { moodEntries, moodEntryRevisions } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createTask } from "@/lib/testing/library";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { checkInAction, markTaskDoneAction } = await import("./today/actions");
const { deleteEntryAction, editEntryAction } = await import("./journal/actions");

const signInAs = (userId: number, role = "patient") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });

async function entriesOf(patientId: number) {
  return getDb().select().from(moodEntries).where(eq(moodEntries.patientId, patientId));
}

describe("patient server actions", () => {
  let alice: number;
  let bob: number;
  let doctor: number;
  beforeEach(async () => {
    await resetDatabase();
    doctor = await createPsychiatrist();
    alice = (await createPatient()).userId;
    bob = (await createPatient()).userId;
    await createTask("middle");
    session.current = null;
  });

  it("checks in with two taps' worth of input and shows today's page", async () => {
    signInAs(alice);
    expect(await redirectedTo(checkInAction(null, formData({ mood: "4" })))).toBe("/today?saved=1");
    expect(await entriesOf(alice)).toMatchObject([{ mood: 4, note: null, mindfulnessMinutes: 0 }]);
  });

  it("answers bad input next to its field and saves nothing", async () => {
    signInAs(alice);
    const result = await checkInAction(null, formData({ mood: "9", note: "x".repeat(281), minutes: "7" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { mood: [expect.any(String)], note: [expect.any(String)], minutes: [expect.any(String)] } });
    expect(await entriesOf(alice)).toHaveLength(0);
  });

  it("refuses the anonymous and other roles before touching anything", async () => {
    expect(await redirectedTo(checkInAction(null, formData({ mood: "4" })))).toBe("/login");
    signInAs(doctor, "psychiatrist");
    await expect(checkInAction(null, formData({ mood: "4" }))).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await getDb().select({ n: count() }).from(moodEntries)).toEqual([{ n: 0 }]);
  });

  it("lets a patient edit and delete their own entry", async () => {
    signInAs(alice);
    await redirectedTo(checkInAction(null, formData({ mood: "4", note: "first" })));
    const [entry] = await entriesOf(alice);

    const edit = formData({ entryId: String(entry.id), mood: "5", note: "better", minutes: "20" });
    expect(await redirectedTo(editEntryAction(null, edit))).toBe("/journal?edited=1");
    expect(await entriesOf(alice)).toMatchObject([{ mood: 5, note: "better", mindfulnessMinutes: 20 }]);

    expect(await redirectedTo(markTaskDoneAction(formData({ entryId: String(entry.id) })))).toBe("/today");
    expect((await entriesOf(alice))[0].taskDoneAt).not.toBeNull();

    expect(await redirectedTo(deleteEntryAction(formData({ entryId: String(entry.id) })))).toBe("/journal?deleted=1");
    expect(await entriesOf(alice)).toHaveLength(0);
  });

  it("never lets one patient edit, delete or complete another's entry by sending its id", async () => {
    signInAs(alice);
    await redirectedTo(checkInAction(null, formData({ mood: "4", note: "Alice only" })));
    const [entry] = await entriesOf(alice);

    signInAs(bob);
    const id = String(entry.id);
    expect(await editEntryAction(null, formData({ entryId: id, mood: "1", note: "changed" }))).toEqual({
      ok: false,
      message: "That entry could not be found.",
      fieldErrors: {},
    });
    expect(await redirectedTo(deleteEntryAction(formData({ entryId: id })))).toBe("/journal");
    expect(await redirectedTo(markTaskDoneAction(formData({ entryId: id })))).toBe("/today");

    expect(await entriesOf(alice)).toMatchObject([{ mood: 4, note: "Alice only", taskDoneAt: null }]);
    expect(await getDb().select({ n: count() }).from(moodEntryRevisions)).toEqual([{ n: 0 }]);
    expect(await entriesOf(bob)).toHaveLength(0);
  });

  it("edits the entry the today form opened, and refuses someone else's", async () => {
    signInAs(alice);
    await redirectedTo(checkInAction(null, formData({ mood: "4" })));
    const [entry] = await entriesOf(alice);
    const id = String(entry.id);
    expect(await redirectedTo(checkInAction(null, formData({ entryId: id, mood: "5", note: "later" })))).toBe("/today?saved=1");
    expect(await entriesOf(alice)).toMatchObject([{ mood: 5, note: "later" }]);

    signInAs(bob);
    expect(await checkInAction(null, formData({ entryId: id, mood: "1" }))).toMatchObject({ ok: false, message: "That entry could not be found." });
    expect(await checkInAction(null, formData({ entryId: "nonsense", mood: "1" }))).toMatchObject({ ok: false });
    expect(await entriesOf(alice)).toMatchObject([{ mood: 5, note: "later" }]);
    expect(await entriesOf(bob)).toHaveLength(0);
  });

  it("says when an edit changed nothing, and brings up crisis support for a hard day", async () => {
    signInAs(alice);
    await redirectedTo(checkInAction(null, formData({ mood: "4", note: "same" })));
    const [entry] = await entriesOf(alice);
    const id = String(entry.id);
    expect(await redirectedTo(editEntryAction(null, formData({ entryId: id, mood: "4", note: "same" })))).toBe("/journal?unchanged=1");
    expect(await redirectedTo(editEntryAction(null, formData({ entryId: id, mood: "1", note: "same" })))).toBe("/journal?edited=1&support=1");
  });

  it("treats a malformed entry id as not found", async () => {
    signInAs(alice);
    for (const entryId of ["", "abc", "-3", "1.5", "1 OR 1=1"]) {
      expect(await editEntryAction(null, formData({ entryId, mood: "4" }))).toMatchObject({ ok: false });
      expect(await redirectedTo(deleteEntryAction(formData({ entryId })))).toBe("/journal");
      expect(await redirectedTo(markTaskDoneAction(formData({ entryId })))).toBe("/today");
    }
  });
});
