import { beforeEach, describe, expect, it } from "vitest";
import { getPool } from "@/db/client";
import { addDays } from "@/lib/moods/local-date";
import { editEntry } from "@/lib/moods/save-entry";
import { resetDatabase } from "@/lib/testing/reset-database";
import { reviewQueue, unreviewedCount } from "./queue";
import { replyToEntry } from "./replies";
import { WAITING_COUNT_LIMIT } from "./waiting-limit";
import { addEntry, auditRows, type Caseloads, twoCaseloads } from "@/lib/testing/review";

describe("the review queue", () => {
  let c: Caseloads;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
  });

  it("lists only the psychiatrist's own patients' unreviewed entries, lowest mood first, then oldest", async () => {
    const aliceOkay = await addEntry(c.alice, "2026-06-01", 5);
    const aliceWorst = await addEntry(c.alice, "2026-06-02", 1);
    const bobUneasyOld = await addEntry(c.bob, "2026-05-30", 4);
    const bobWorst = await addEntry(c.bob, "2026-06-03", 1);
    // The same mood on the same day: the entry written first comes first.
    const bobLow = await addEntry(c.bob, "2026-06-05", 2);
    const aliceLow = await addEntry(c.alice, "2026-06-05", 2);
    await addEntry(c.alice, "2026-06-04", 1, { reviewedBy: c.doctor });
    await addEntry(c.carol, "2026-05-01", 1);

    const queue = await reviewQueue({ id: c.doctor });
    expect(queue.map((e) => e.id)).toEqual([aliceWorst, bobWorst, bobLow, aliceLow, bobUneasyOld, aliceOkay]);

    const carolsDoctor = await reviewQueue({ id: c.other });
    expect(carolsDoctor.map((e) => e.patientId)).toEqual([c.carol]);
  });

  it("shows each entry with its patient, note, minutes and any reply", async () => {
    const first = await addEntry(c.alice, "2026-06-02", 2, { note: "Rough night", minutes: 15 });
    const second = await addEntry(c.bob, "2026-06-03", 3);
    await replyToEntry({ id: c.doctor }, first, "Thank you for writing this down.");
    // The patient edits the entry after the reply: it is back in the queue, reply and all.
    await editEntry(c.alice, first, { mood: 2, note: "Rough night, better now", minutes: 15 }, new Date("2026-06-10T12:00:00Z"));

    const [withReply, plain] = await reviewQueue({ id: c.doctor });
    expect(withReply).toMatchObject({
      id: first,
      patientId: c.alice,
      patientName: expect.stringMatching(/^Alice Patient /),
      date: "2026-06-02",
      mood: 2,
      note: "Rough night, better now",
      minutes: 15,
      reply: { text: "Thank you for writing this down.", authorId: c.doctor, authorName: expect.stringMatching(/^Dana /), editedAt: null },
    });
    expect(withReply.reply!.createdAt).toBeInstanceOf(Date);
    expect(plain).toMatchObject({ id: second, note: null, minutes: 0, reply: null });
  });

  it("is bounded by the limit", async () => {
    for (let day = 1; day <= 5; day++) await addEntry(c.alice, `2026-06-0${day}`, 4);
    const queue = await reviewQueue({ id: c.doctor }, 3);
    expect(queue.map((e) => e.date)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03"]);
    expect(await reviewQueue({ id: c.doctor }, 0)).toHaveLength(1);
  });

  it("writes one audit row for each time the queue is read", async () => {
    await addEntry(c.alice, "2026-06-01", 4);
    await reviewQueue({ id: c.doctor, ip: "203.0.113.7" });
    expect(await auditRows("review.view")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "review-queue", targetId: null, patientId: null, ip: "203.0.113.7" },
    ]);
  });

  it("counts the unreviewed entries of the psychiatrist's own patients", async () => {
    expect(await unreviewedCount(c.doctor)).toBe(0);
    await addEntry(c.alice, "2026-06-01", 4);
    await addEntry(c.bob, "2026-06-01", 6);
    await addEntry(c.bob, "2026-06-02", 6, { reviewedBy: c.doctor });
    await addEntry(c.carol, "2026-06-01", 1);
    expect(await unreviewedCount(c.doctor)).toBe(2);
    expect(await unreviewedCount(c.other)).toBe(1);
  });

  it("counts a long backlog only up to one past the limit, and lists the lowest moods of it", async () => {
    // Two years of a patient's days, none reviewed, written in one statement.
    const days = Array.from({ length: WAITING_COUNT_LIMIT + 100 }, (_, i) => addDays("2024-01-01", i));
    await getPool().query("INSERT INTO mood_entries (patient_id, entry_date, mood) VALUES ?", [days.map((day, i) => [c.alice, day, 2 + (i % 5)])]);
    const lowest = await addEntry(c.bob, "2026-06-01", 1);

    expect(await unreviewedCount(c.doctor)).toBe(WAITING_COUNT_LIMIT + 1);
    const queue = await reviewQueue({ id: c.doctor });
    expect(queue).toHaveLength(50);
    expect(queue[0].id).toBe(lowest);
    expect(queue.slice(1).every((entry) => entry.mood === 2)).toBe(true);
    expect(queue.slice(1).map((entry) => entry.date)).toEqual(days.filter((_, i) => i % 5 === 0).slice(0, 49));
  });
});
