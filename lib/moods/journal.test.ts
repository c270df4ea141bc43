import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";
import { editReply, replyToEntry } from "@/lib/review/replies";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { JOURNAL_PAGE_SIZE, journalPage, ownEntry } from "./journal";
import { addDays } from "./local-date";
import { editEntry } from "./save-entry";

describe("the journal", () => {
  let patientId: number;
  let otherId: number;
  let psychiatristId: number;
  beforeEach(async () => {
    await resetDatabase();
    psychiatristId = await createPsychiatrist({ firstName: "Amara", lastName: "Okafor" });
    patientId = (await createPatient()).userId;
    otherId = (await createPatient()).userId;
  });

  async function addDaysOfEntries(owner: number, days: number, taskId: number | null = null) {
    const rows = Array.from({ length: days }, (_, i) => ({
      patientId: owner,
      entryDate: addDays("2026-06-30", -i),
      mood: (i % 7) + 1,
      note: i === 0 ? "The newest" : null,
      mindfulnessMinutes: 5,
      taskId,
    }));
    await getDb().insert(moodEntries).values(rows);
  }

  it("lists the patient's own entries newest first, in pages", async () => {
    await addDaysOfEntries(patientId, JOURNAL_PAGE_SIZE + 5);
    await addDaysOfEntries(otherId, 3);

    const first = await journalPage(patientId, 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: JOURNAL_PAGE_SIZE + 5 });
    expect(first.entries).toHaveLength(JOURNAL_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ date: "2026-06-30", note: "The newest", edited: false, taskTitle: null });
    const dates = first.entries.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);

    const second = await journalPage(patientId, 2);
    expect(second.entries).toHaveLength(5);
    expect(second.entries.at(-1)!.date).toBe(addDays("2026-06-30", -(JOURNAL_PAGE_SIZE + 4)));
  });

  it("clamps pages outside the range and copes with an empty journal", async () => {
    expect(await journalPage(patientId, 5)).toEqual({ entries: [], page: 1, pageCount: 1, total: 0 });
    await addDaysOfEntries(patientId, 3);
    expect((await journalPage(patientId, 99)).page).toBe(1);
    expect((await journalPage(patientId, Number.NaN)).page).toBe(1);
    expect((await journalPage(patientId, -4)).entries).toHaveLength(3);
  });

  it("shows the task and that an entry was edited", async () => {
    const taskId = await createTask("middle", "Box breathing");
    await addDaysOfEntries(patientId, 1, taskId);
    const [{ id }] = (await journalPage(patientId, 1)).entries;
    // A middle task never shown would win if the edit (low to middle) picked the task again.
    await createTask("middle", "Never shown");
    // Edited a few days later, so this is a past entry whatever today's real date is.
    await editEntry(patientId, id, { mood: 3, note: "Changed my mind", minutes: 10 }, new Date("2026-07-03T12:00:00Z"));
    expect(await ownEntry(patientId, id)).toMatchObject({ taskTitle: "Box breathing", edited: true, note: "Changed my mind", taskDone: false });
  });

  it("never hands one patient another's entry", async () => {
    await addDaysOfEntries(otherId, 1);
    const [{ id }] = (await journalPage(otherId, 1)).entries;
    expect(await ownEntry(patientId, id)).toBeNull();
    expect((await journalPage(patientId, 1)).entries).toEqual([]);
  });

  it("shows the psychiatrist's reply under the entry, and when it was edited", async () => {
    await addDaysOfEntries(patientId, 2);
    const [newest, older] = (await journalPage(patientId, 1)).entries;
    expect(newest.reply).toBeNull();

    const sent = new Date("2026-07-01T09:30:00.000Z");
    const reply = await replyToEntry({ id: psychiatristId }, older.id, "Thank you for writing. <b>Let's talk</b> on Friday.", sent);
    if (!reply.ok) throw new Error("the reply was refused");
    expect((await journalPage(patientId, 1)).entries[1].reply).toEqual({
      id: reply.replyId,
      authorId: psychiatristId,
      text: "Thank you for writing. <b>Let's talk</b> on Friday.",
      authorName: "Amara Okafor",
      createdAt: sent,
      editedAt: null,
    });

    const edited = new Date("2026-07-02T08:00:00.000Z");
    await editReply({ id: psychiatristId }, reply.replyId, "Thank you for writing. See you on Friday.", edited);
    expect(await ownEntry(patientId, older.id)).toMatchObject({
      reply: { text: "Thank you for writing. See you on Friday.", authorName: "Amara Okafor", createdAt: sent, editedAt: edited },
    });
    expect((await journalPage(patientId, 1)).entries[0].reply).toBeNull();
  });

  it("never shows one patient the replies to another's entries", async () => {
    await addDaysOfEntries(otherId, 1);
    await addDaysOfEntries(patientId, 1);
    const [theirs] = (await journalPage(otherId, 1)).entries;
    await replyToEntry({ id: psychiatristId }, theirs.id, "For the other patient only");
    expect((await journalPage(otherId, 1)).entries[0].reply).toMatchObject({ text: "For the other patient only" });
    expect((await journalPage(patientId, 1)).entries.map((e) => e.reply)).toEqual([null]);
    expect(await ownEntry(patientId, theirs.id)).toBeNull();
  });
});
