import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { alerts, emailOutbox, moodEntries, moodEntryRevisions } from "@/db/schema";
import { parseInput } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { checkInSchema } from "@/lib/moods/check-in-schema";
import { ENTRY_NOT_FOUND } from "@/lib/moods/entry-id";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { expectFailure, expectLocalRedirect, forEachHostileForm, outcomeOf, snapshot } from "@/lib/testing/hostile-actions";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry } from "@/lib/testing/review";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { checkInAction, markTaskDoneAction } = await import("@/app/(patient)/today/actions");
const { deleteEntryAction, editEntryAction } = await import("@/app/(patient)/journal/actions");

const WRITTEN = [moodEntries, moodEntryRevisions, alerts, emailOutbox];
const CHECK_IN = { mood: "4", note: "A walk helped.", minutes: "15" };

describe("patient actions under hostile form data", () => {
  let patient: number;
  let doctor: number;
  let ownEntry: number;
  let othersEntry: number;
  beforeAll(async () => {
    await resetDatabase();
    doctor = await createPsychiatrist();
    patient = (await createPatient()).userId;
    const other = (await createPatient()).userId;
    ownEntry = await addEntry(patient, "2026-01-10", 5, { note: "Earlier" });
    othersEntry = await addEntry(other, "2026-01-10", 5, { note: "Not theirs" });
  });
  const asPatient = () => (session.current = { userId: patient, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID });

  const entry = async (id: number) => (await getDb().select().from(moodEntries).where(eq(moodEntries.id, id)))[0];

  it("checkInAction stores exactly what the schema accepts, markup as text, and refuses the rest beside its field", async () => {
    asPatient();
    await forEachHostileForm(CHECK_IN, async ({ form, fields }) => {
      const expected = parseInput(checkInSchema, fields);
      const before = await snapshot(WRITTEN);
      const outcome = await outcomeOf(() => checkInAction(null, form));
      if (!expected.ok) {
        expect(expectFailure(outcome, Object.keys(CHECK_IN)).fieldErrors).toEqual(expected.fieldErrors);
        expect(await snapshot(WRITTEN)).toBe(before);
        return;
      }
      expect(expectLocalRedirect(outcome)).toBe("/today?saved=1");
      // The caller's only entry besides the older one is today's.
      const [today] = await getDb()
        .select()
        .from(moodEntries)
        .where(and(eq(moodEntries.patientId, patient), ne(moodEntries.id, ownEntry)));
      expect({ mood: today.mood, note: today.note, minutes: today.mindfulnessMinutes }).toEqual(expected.data);
    }, { acceptableIn: "note" });
  });

  it("editEntryAction changes only the caller's entry, to exactly what the schema accepts", async () => {
    asPatient();
    const valid = { entryId: String(ownEntry), ...CHECK_IN };
    await forEachHostileForm(valid, async ({ form, fields }) => {
      const expected = parseInput(checkInSchema, fields);
      const ownId = parseId(fields.entryId) === ownEntry;
      const before = await snapshot(WRITTEN);
      const outcome = await outcomeOf(() => editEntryAction(null, form));
      if (!ownId || !expected.ok) {
        const failure = expectFailure(outcome, Object.keys(valid));
        if (parseId(fields.entryId) === null || parseId(fields.entryId) === othersEntry) expect(failure.message).toBe(ENTRY_NOT_FOUND);
        expect(await snapshot(WRITTEN)).toBe(before);
        return;
      }
      expectLocalRedirect(outcome);
      const row = await entry(ownEntry);
      expect({ mood: row.mood, note: row.note, minutes: row.mindfulnessMinutes }).toEqual(expected.data);
    }, { acceptableIn: "note" });
  });

  it("deleteEntryAction and markTaskDoneAction with a hostile id change nothing and go back", async () => {
    asPatient();
    for (const [action, home] of [
      [deleteEntryAction, "/journal"],
      [markTaskDoneAction, "/today"],
    ] as const) {
      await forEachHostileForm({ entryId: String(othersEntry) }, async ({ form, fields }) => {
        // A hostile value that happens to be the caller's own id is a real request.
        if (parseId(fields.entryId) === ownEntry) return;
        const before = await snapshot(WRITTEN);
        expect(expectLocalRedirect(await outcomeOf(() => action(form)))).toBe(home);
        expect(await snapshot(WRITTEN)).toBe(before);
      });
    }
  });

  it("turns the anonymous and other roles away from every patient action, storing nothing", async () => {
    const calls = [
      (form: FormData) => checkInAction(null, form),
      (form: FormData) => editEntryAction(null, form),
      deleteEntryAction,
      markTaskDoneAction,
    ];
    for (const caller of [null, { userId: doctor, role: "psychiatrist", sessionVersion: 1, sessionId: TEST_SESSION_ID }]) {
      session.current = caller;
      for (const call of calls) {
        await forEachHostileForm(
          { entryId: String(ownEntry), ...CHECK_IN },
          async ({ form }) => {
            const before = await snapshot(WRITTEN);
            const outcome = await outcomeOf(() => call(form));
            expect(outcome).toEqual(caller ? { kind: "refused", status: "403" } : { kind: "redirect", to: "/login" });
            expect(await snapshot(WRITTEN)).toBe(before);
          },
          { runs: 5 },
        );
      }
    }
  });
});
