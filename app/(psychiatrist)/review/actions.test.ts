import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, entryReplies } from "@/db/schema";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";
import { REPLY_MAX } from "@/lib/review/reply-limits";
import { REPLY_TEXT_MESSAGE } from "@/lib/review/reply-schema";
import { addEntry, assign, auditRows, type Caseloads, entryRow, repliesTo, twoCaseloads } from "@/lib/testing/review";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the actions must do the rest themselves.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.44" }) }));
// Outside a request Next has no router to refresh; that the actions ask for it is checked below.
const refresh = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next/cache", () => ({ refresh: () => void refresh.calls++ }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { editReplyAction, markAllShownReviewedAction, markReviewedAction, replyAction } = await import("./actions");

const signInAs = (userId: number, role = "psychiatrist") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });

async function rowsIn(table: typeof auditLog | typeof entryReplies): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(table);
  return Number(n);
}

describe("review server actions", () => {
  let c: Caseloads;
  let alices: number;
  let carols: number;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    alices = await addEntry(c.alice, "2026-06-09", 2, { note: "Hard day" });
    carols = await addEntry(c.carol, "2026-06-09", 1, { note: "Carol's day" });
    session.current = null;
    refresh.calls = 0;
  });

  it("replies, edits the reply and marks entries reviewed for the psychiatrist's own patients", async () => {
    signInAs(c.doctor);
    expect(await redirectedTo(replyAction(null, formData({ entryId: String(alices), text: "Thank you for telling me." })))).toBe("/review?replied=1");
    const [reply] = await repliesTo(alices);
    expect(reply).toMatchObject({ authorId: c.doctor, text: "Thank you for telling me.", editedAt: null });
    expect(await entryRow(alices)).toMatchObject({ reviewedBy: c.doctor });
    expect(await auditRows("entry.reply")).toMatchObject([{ outcome: "allowed", ip: "192.0.2.44" }]);

    expect(await redirectedTo(editReplyAction(null, formData({ replyId: String(reply.id), text: "Thank you, truly." })))).toBe("/review?edited=1");
    expect((await repliesTo(alices))[0]).toMatchObject({ text: "Thank you, truly.", editedAt: expect.any(Date) });

    // From the patient's page, the forms come back to it; anywhere else is the queue.
    const back = { replyId: String(reply.id), text: "Thank you." };
    expect(await redirectedTo(editReplyAction(null, formData({ ...back, returnTo: `/patients/${c.alice}` })))).toBe(`/patients/${c.alice}?edited=1`);
    expect(await redirectedTo(editReplyAction(null, formData({ ...back, returnTo: "https://example.net/" })))).toBe("/review?edited=1");
    const again = { entryId: String(alices), text: "Thank you, again." };
    expect(await redirectedTo(replyAction(null, formData({ ...again, returnTo: `/patients/${c.alice}` })))).toBe(`/patients/${c.alice}?replied=1`);

    const bobs = await addEntry(c.bob, "2026-06-09", 4);
    expect(await redirectedTo(markReviewedAction(formData({ entryId: String(bobs) })))).toBe("/review?reviewed=1");
    expect(await entryRow(bobs)).toMatchObject({ reviewedBy: c.doctor });
    // Every redirect refreshed the page's layout too, so the header's count follows.
    expect(refresh.calls).toBe(6);
  });

  it("says so when the patient's former psychiatrist already replied", async () => {
    signInAs(c.doctor);
    await redirectedTo(replyAction(null, formData({ entryId: String(alices), text: "From Dana" })));
    await assign(c.alice, c.other);
    signInAs(c.other);
    expect(await replyAction(null, formData({ entryId: String(alices), text: "From Omar" }))).toEqual({
      ok: false,
      message: "Another psychiatrist has already replied to this entry.",
      fieldErrors: {},
    });
    expect(await repliesTo(alices)).toMatchObject([{ authorId: c.doctor, text: "From Dana" }]);
  });

  it("marks every shown entry at once", async () => {
    const bobs = await addEntry(c.bob, "2026-06-09", 4);
    signInAs(c.doctor);
    const form = new FormData();
    for (const id of [alices, bobs]) form.append("entryId", String(id));
    expect(await redirectedTo(markAllShownReviewedAction(form))).toBe("/review?reviewed=2");
    expect((await entryRow(alices)).reviewedAt).not.toBeNull();
    expect((await entryRow(bobs)).reviewedAt).not.toBeNull();
  });

  it("answers a reply that is empty or too long next to its field and saves nothing", async () => {
    signInAs(c.doctor);
    for (const text of ["", "   ", "x".repeat(REPLY_MAX + 1)]) {
      expect(await replyAction(null, formData({ entryId: String(alices), text }))).toEqual({
        ok: false,
        message: expect.any(String),
        fieldErrors: { text: [REPLY_TEXT_MESSAGE] },
      });
    }
    expect(await replyAction(null, formData({ entryId: String(alices) }))).toMatchObject({ fieldErrors: { text: [REPLY_TEXT_MESSAGE] } });
    await redirectedTo(replyAction(null, formData({ entryId: String(alices), text: "Kept" })));
    const [reply] = await repliesTo(alices);
    expect(await editReplyAction(null, formData({ replyId: String(reply.id), text: " " }))).toMatchObject({ fieldErrors: { text: [REPLY_TEXT_MESSAGE] } });
    expect(await repliesTo(alices)).toMatchObject([{ text: "Kept" }]);
  });

  it("treats malformed ids as not found", async () => {
    signInAs(c.doctor);
    for (const id of ["", "abc", "-3", "1.5", "1 OR 1=1"]) {
      expect(await replyAction(null, formData({ entryId: id, text: "Hello" }))).toEqual({ ok: false, message: "That entry could not be found.", fieldErrors: {} });
      expect(await editReplyAction(null, formData({ replyId: id, text: "Hello" }))).toEqual({ ok: false, message: "That reply could not be found.", fieldErrors: {} });
      expect(await redirectedTo(markReviewedAction(formData({ entryId: id })))).toBe("/review?reviewed=0");
    }
    expect(await redirectedTo(markAllShownReviewedAction(formData({ entryId: "abc" })))).toBe("/review?reviewed=0");
    expect(await rowsIn(entryReplies)).toBe(0);
  });

  it("sends the anonymous to sign in and refuses other roles before touching anything", async () => {
    const calls = [
      () => replyAction(null, formData({ entryId: String(alices), text: "Hello" })),
      () => editReplyAction(null, formData({ replyId: "1", text: "Hello" })),
      () => markReviewedAction(formData({ entryId: String(alices) })),
      () => markAllShownReviewedAction(formData({ entryId: String(alices) })),
    ];
    for (const call of calls) expect(await redirectedTo(call())).toBe("/login");
    signInAs(c.alice, "patient");
    for (const call of calls) await expect(call()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    // A token claiming the role is not enough: the account's own role decides.
    signInAs(c.alice, "psychiatrist");
    for (const call of calls) await expect(call()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await rowsIn(entryReplies)).toBe(0);
    expect((await entryRow(alices)).reviewedAt).toBeNull();
    expect(await rowsIn(auditLog)).toBe(0);
  });

  it("refuses another psychiatrist's patient's entries and replies whatever ids are sent, and audits every attempt", async () => {
    // Dr Omar replies to Carol; then Dr Dana tries everything on Carol's entry and reply.
    signInAs(c.other);
    await redirectedTo(replyAction(null, formData({ entryId: String(carols), text: "Omar's reply" })));
    const [omarsReply] = await repliesTo(carols);
    const reviewedAt = (await entryRow(carols)).reviewedAt;
    const carolsNext = await addEntry(c.carol, "2026-06-10", 1);

    signInAs(c.doctor);
    expect(await replyAction(null, formData({ entryId: String(carols), text: "Dana's reply" }))).toEqual({
      ok: false,
      message: "That entry could not be found.",
      fieldErrors: {},
    });
    expect(await editReplyAction(null, formData({ replyId: String(omarsReply.id), text: "Dana's words" }))).toEqual({
      ok: false,
      message: "That reply could not be found.",
      fieldErrors: {},
    });
    expect(await redirectedTo(markReviewedAction(formData({ entryId: String(carolsNext) })))).toBe("/review?reviewed=0");
    const mixed = new FormData();
    for (const id of [carolsNext, alices]) mixed.append("entryId", String(id));
    expect(await redirectedTo(markAllShownReviewedAction(mixed))).toBe("/review?reviewed=1");

    expect(await repliesTo(carols)).toMatchObject([{ authorId: c.other, text: "Omar's reply", editedAt: null }]);
    expect((await entryRow(carols)).reviewedAt).toEqual(reviewedAt);
    expect(await entryRow(carolsNext)).toMatchObject({ reviewedAt: null, reviewedBy: null });
    expect((await entryRow(alices)).reviewedBy).toBe(c.doctor);

    const denied = (await getDb().select().from(auditLog)).filter((row) => row.outcome === "denied");
    expect(denied.map(({ actorId, action, targetId, patientId, ip }) => ({ actorId, action, targetId, patientId, ip }))).toEqual([
      { actorId: c.doctor, action: "entry.reply", targetId: carols, patientId: c.carol, ip: "192.0.2.44" },
      { actorId: c.doctor, action: "reply.edit", targetId: omarsReply.id, patientId: c.carol, ip: "192.0.2.44" },
      { actorId: c.doctor, action: "entry.review", targetId: carolsNext, patientId: c.carol, ip: "192.0.2.44" },
      { actorId: c.doctor, action: "entry.review", targetId: carolsNext, patientId: c.carol, ip: "192.0.2.44" },
    ]);
  });
});
