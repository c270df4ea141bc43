import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, entryReplies, users } from "@/db/schema";
import { editEntry } from "@/lib/moods/save-entry";
import { resetDatabase } from "@/lib/testing/reset-database";
import { editReply, replyToEntry } from "./replies";
import { REPLY_MAX } from "./reply-limits";
import { addEntry, assign, auditRows, type Caseloads, entryRow, repliesTo, twoCaseloads } from "@/lib/testing/review";

const NOW = new Date("2026-06-10T10:00:00.000Z");
const LATER = new Date("2026-06-11T16:30:00.000Z");

async function replyCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(entryReplies);
  return Number(n);
}

describe("replying to an entry", () => {
  let c: Caseloads;
  let entry: number;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    entry = await addEntry(c.alice, "2026-06-09", 2, { note: "Hard day" });
  });

  it("attaches the reply, marks the entry reviewed and audits it, all at once", async () => {
    const result = await replyToEntry({ id: c.doctor, ip: "203.0.113.5" }, entry, "  I'm glad you told me. Let's talk on Friday.  ", NOW);
    expect(result).toEqual({ ok: true, replyId: expect.any(Number), created: true });
    expect(await repliesTo(entry)).toMatchObject([
      { id: result.ok && result.replyId, authorId: c.doctor, text: "I'm glad you told me. Let's talk on Friday.", createdAt: NOW, editedAt: null },
    ]);
    expect(await entryRow(entry)).toMatchObject({ reviewedBy: c.doctor, reviewedAt: NOW });
    expect(await auditRows("entry.reply")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "entry", targetId: entry, patientId: c.alice, ip: "203.0.113.5" },
    ]);
  });

  it("tells the patient by email, once, without the reply's words", async () => {
    const first = await replyToEntry({ id: c.doctor }, entry, "Thinking of you today; we'll talk on Friday.", NOW);
    await replyToEntry({ id: c.doctor }, entry, "Changed: we'll talk on Thursday instead.", LATER);
    const emails = await getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "reply"));
    expect(emails).toHaveLength(1);
    const [patient] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, c.alice));
    expect(emails[0]).toMatchObject({ dedupeKey: `reply:${first.ok && first.replyId}`, toAddress: patient.email, userId: c.alice, urgent: false });
    expect(emails[0].textBody).toContain("replied to your check-in for Tuesday 9 June 2026");
    expect(emails[0].textBody).toContain("/journal");
    expect(emails[0].textBody).not.toContain("Friday");
  });

  it("edits the psychiatrist's own reply when they reply to the same entry again", async () => {
    const first = await replyToEntry({ id: c.doctor }, entry, "First thoughts", NOW);
    const second = await replyToEntry({ id: c.doctor }, entry, "Second thoughts", LATER);
    expect(second).toEqual({ ok: true, replyId: first.ok && first.replyId, created: false });
    expect(await repliesTo(entry)).toMatchObject([{ text: "Second thoughts", createdAt: NOW, editedAt: LATER }]);
    expect(await entryRow(entry)).toMatchObject({ reviewedAt: LATER });

    // The same words again are not an edit.
    await replyToEntry({ id: c.doctor }, entry, "Second thoughts", new Date("2026-06-12T00:00:00Z"));
    expect(await repliesTo(entry)).toMatchObject([{ editedAt: LATER }]);
  });

  it("takes at most 500 characters of text, trimmed, and never an empty reply", async () => {
    for (const text of ["", "   \n ", "x".repeat(REPLY_MAX + 1)]) {
      expect(await replyToEntry({ id: c.doctor }, entry, text)).toEqual({ ok: false, reason: "invalid-text" });
    }
    expect(await replyCount()).toBe(0);
    expect((await entryRow(entry)).reviewedAt).toBeNull();

    // A browser's CRLF line breaks count once each, as the textarea counted them.
    const longest = `${"x".repeat(REPLY_MAX - 2)}\r\ny`;
    expect(await replyToEntry({ id: c.doctor }, entry, longest)).toMatchObject({ ok: true });
    expect((await repliesTo(entry))[0].text).toHaveLength(REPLY_MAX);
  });

  it("refuses another psychiatrist's patient's entry, whatever id is sent, changes nothing and audits each attempt", async () => {
    const carols = await addEntry(c.carol, "2026-06-09", 1);
    expect(await replyToEntry({ id: c.doctor }, carols, "Not my patient")).toEqual({ ok: false, reason: "not-found" });
    expect(await replyToEntry({ id: c.doctor }, 999_999, "No such entry")).toEqual({ ok: false, reason: "not-found" });

    expect(await replyCount()).toBe(0);
    expect(await entryRow(carols)).toMatchObject({ reviewedAt: null, reviewedBy: null });
    expect(await auditRows("entry.reply")).toEqual([
      { actorId: c.doctor, outcome: "denied", targetType: "entry", targetId: carols, patientId: c.carol, ip: null },
      { actorId: c.doctor, outcome: "denied", targetType: "entry", targetId: 999_999, patientId: null, ip: null },
    ]);
  });

  it("leaves a former psychiatrist's reply alone after the patient moves", async () => {
    await replyToEntry({ id: c.doctor }, entry, "From your first psychiatrist", NOW);
    await assign(c.alice, c.other);
    await editEntry(c.alice, entry, { mood: 3, note: "A bit better", minutes: 0 }, NOW);

    expect(await replyToEntry({ id: c.other }, entry, "From the new one")).toEqual({ ok: false, reason: "replied-by-other" });
    expect(await repliesTo(entry)).toMatchObject([{ authorId: c.doctor, text: "From your first psychiatrist", editedAt: null }]);
    expect((await entryRow(entry)).reviewedAt).toBeNull();
    expect((await auditRows("entry.reply")).at(-1)).toMatchObject({ actorId: c.other, outcome: "denied", targetId: entry, patientId: c.alice });
  });
});

describe("editing a reply", () => {
  let c: Caseloads;
  let entry: number;
  let replyId: number;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    entry = await addEntry(c.alice, "2026-06-09", 2);
    const reply = await replyToEntry({ id: c.doctor }, entry, "Original words", NOW);
    if (!reply.ok) throw new Error("the reply was refused");
    replyId = reply.replyId;
  });

  it("lets the author change it, keeps the edit time, reviews the entry again and audits it", async () => {
    // The patient changed the entry since: it went back to the queue.
    await editEntry(c.alice, entry, { mood: 4, note: "Better by evening", minutes: 0 }, NOW);
    expect((await entryRow(entry)).reviewedAt).toBeNull();

    expect(await editReply({ id: c.doctor, ip: "198.51.100.2" }, replyId, " Better words ", LATER)).toEqual({ ok: true });
    expect(await repliesTo(entry)).toMatchObject([{ id: replyId, text: "Better words", createdAt: NOW, editedAt: LATER }]);
    expect(await entryRow(entry)).toMatchObject({ reviewedBy: c.doctor, reviewedAt: LATER });
    expect(await auditRows("reply.edit")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "reply", targetId: replyId, patientId: c.alice, ip: "198.51.100.2" },
    ]);
  });

  it("keeps edited_at empty when nothing changed", async () => {
    expect(await editReply({ id: c.doctor }, replyId, "Original words", LATER)).toEqual({ ok: true });
    expect(await repliesTo(entry)).toMatchObject([{ editedAt: null }]);
  });

  it("refuses bad text and changes nothing", async () => {
    expect(await editReply({ id: c.doctor }, replyId, " ")).toEqual({ ok: false, reason: "invalid-text" });
    expect(await editReply({ id: c.doctor }, replyId, "y".repeat(REPLY_MAX + 1))).toEqual({ ok: false, reason: "invalid-text" });
    expect(await repliesTo(entry)).toMatchObject([{ text: "Original words", editedAt: null }]);
  });

  it("refuses anyone but the author, and the author once the patient is no longer theirs, auditing each attempt", async () => {
    expect(await editReply({ id: c.other }, replyId, "Someone else's words")).toEqual({ ok: false, reason: "not-found" });
    expect(await editReply({ id: c.other }, 999_999, "No such reply")).toEqual({ ok: false, reason: "not-found" });
    await assign(c.alice, c.other);
    expect(await editReply({ id: c.doctor }, replyId, "After the move")).toEqual({ ok: false, reason: "not-found" });
    // Now Alice is the other psychiatrist's patient, but the reply is still not theirs.
    expect(await editReply({ id: c.other }, replyId, "Still someone else's")).toEqual({ ok: false, reason: "not-found" });

    expect(await repliesTo(entry)).toMatchObject([{ text: "Original words", editedAt: null }]);
    expect(await auditRows("reply.edit")).toEqual([
      { actorId: c.other, outcome: "denied", targetType: "reply", targetId: replyId, patientId: c.alice, ip: null },
      { actorId: c.other, outcome: "denied", targetType: "reply", targetId: 999_999, patientId: null, ip: null },
      { actorId: c.doctor, outcome: "denied", targetType: "reply", targetId: replyId, patientId: c.alice, ip: null },
      { actorId: c.other, outcome: "denied", targetType: "reply", targetId: replyId, patientId: c.alice, ip: null },
    ]);
  });
});
