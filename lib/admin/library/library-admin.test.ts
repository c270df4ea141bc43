import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, dailyMessages, mindfulnessTasks, moodEntries } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { shownOn } from "@/lib/testing/library-history";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import * as messages from "./admin-messages";
import * as tasks from "./admin-tasks";
import type { LibraryPage } from "./library-list";
import { LIBRARY_PAGE_SIZE, type LibraryKind, type LibraryView } from "./library-view";

// What the task library and the daily messages share, run against both: who may change them,
// audited changes, validation, deactivate-not-delete, and the list's filters and pages.

type Item = { id: number; active: boolean; deletable: boolean; usage: { shown: number; pinned: number } };

type Library = {
  kind: LibraryKind;
  table: typeof mindfulnessTasks | typeof dailyMessages;
  valid: Record<string, string>;
  changed: Record<string, string>;
  invalid: { input: Record<string, string>; field: string; message: string };
  /** An item as the test database has it, made straight in the table. */
  make: (words: string) => Promise<number>;
  /** The words the list searches and shows first. */
  words: (item: Item) => string;
  list: (admin: Actor, view?: Partial<LibraryView>) => Promise<LibraryPage<Item> | null>;
  one: (admin: Actor, id: number) => Promise<Item | null>;
  create: typeof tasks.createLibraryTask;
  update: typeof tasks.updateLibraryTask;
  deactivate: typeof tasks.deactivateTask;
  reactivate: typeof tasks.reactivateTask;
  remove: typeof tasks.deleteTask;
};

const LIBRARIES: Library[] = [
  {
    kind: "task",
    table: mindfulnessTasks,
    valid: { title: "Three slow breaths", instructions: "Breathe in for four, out for six.", durationMinutes: "2", moodBand: "middle" },
    changed: { title: "Four slow breaths", instructions: "Breathe in for four, out for six, four times.", durationMinutes: "3", moodBand: "low" },
    invalid: { input: { title: "Walk", instructions: "Walk.", durationMinutes: "5", moodBand: "middle" }, field: "instructions", message: "Write instructions of at least 10 characters" },
    make: (words) => createTask("middle", words),
    words: (item) => (item as tasks.AdminTask).title,
    list: tasks.listLibraryTasks,
    one: tasks.libraryTask,
    create: tasks.createLibraryTask,
    update: tasks.updateLibraryTask,
    deactivate: tasks.deactivateTask,
    reactivate: tasks.reactivateTask,
    remove: tasks.deleteTask,
  },
  {
    kind: "message",
    table: dailyMessages,
    valid: { text: "Rest isn't something you have to earn." },
    changed: { text: "Rest is not something you have to earn." },
    invalid: { input: { text: "   " }, field: "text", message: "Write the message" },
    make: (words) => createMessage(words),
    words: (item) => (item as messages.AdminMessage).text,
    list: messages.listDailyMessages,
    one: messages.dailyMessage,
    create: messages.createDailyMessage,
    update: messages.updateDailyMessage,
    deactivate: messages.deactivateMessage,
    reactivate: messages.reactivateMessage,
    remove: messages.deleteMessage,
  },
];

const auditRows = () => getDb().select({ actorId: auditLog.actorId, action: auditLog.action, outcome: auditLog.outcome, targetType: auditLog.targetType, targetId: auditLog.targetId }).from(auditLog);

describe.each(LIBRARIES)("the admin's $kind library", (library) => {
  const { kind, table } = library;
  const row = async (id: number) => (await getDb().select().from(table).where(eq(table.id, id)))[0];
  let admin: Actor;
  let patient: number;

  beforeEach(async () => {
    await resetDatabase();
    admin = { id: await createAdminAccount(), ip: "192.0.2.7" };
    await createPsychiatrist();
    patient = (await createPatient()).userId;
  });

  it("adds an item from the form's fields and audits it", async () => {
    const saved = await library.create(admin, library.valid);
    expect(saved).toEqual({ ok: true, id: expect.any(Number) });
    const id = (saved as { id: number }).id;
    expect(await row(id)).toMatchObject({ active: true });
    expect(library.words((await library.one(admin, id))!)).toBe(Object.values(library.valid)[0]);
    expect(await auditRows()).toEqual([{ actorId: admin.id, action: `${kind}.create`, outcome: "allowed", targetType: kind, targetId: id }]);
  });

  it("answers bad input by field with the form's own message, and writes nothing", async () => {
    const id = await library.make("Kept as it was");
    expect(await library.create(admin, library.invalid.input)).toEqual({
      ok: false,
      reason: "invalid",
      message: expect.any(String),
      fieldErrors: { [library.invalid.field]: [library.invalid.message] },
    });
    expect(await library.create(admin, null)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await library.update(admin, id, library.invalid.input)).toMatchObject({
      ok: false,
      fieldErrors: { [library.invalid.field]: [library.invalid.message] },
    });
    expect(await getDb().select({ id: table.id }).from(table)).toEqual([{ id }]);
    expect(library.words((await library.one(admin, id))!)).toBe("Kept as it was");
    expect(await auditRows()).toEqual([]);
  });

  it("changes an item, even one patients were shown, and audits it", async () => {
    const id = await library.make("Before");
    await shownOn(patient, "2026-05-01", kind === "task" ? { taskId: id } : { messageId: id });
    expect(await library.update(admin, id, library.changed)).toEqual({ ok: true, id });
    expect(library.words((await library.one(admin, id))!)).toBe(Object.values(library.changed)[0]);
    // Saving the same words again is still a save.
    expect(await library.update(admin, id, library.changed)).toEqual({ ok: true, id });
    expect((await auditRows()).map((r) => r.action)).toEqual([`${kind}.update`, `${kind}.update`]);
  });

  it("says when the item to change, deactivate, reactivate or delete is not there", async () => {
    expect(await library.update(admin, 4242, library.valid)).toEqual({ ok: false, reason: "not-found" });
    expect(await library.deactivate(admin, 4242)).toBe("not-found");
    expect(await library.reactivate(admin, 4242)).toBe("not-found");
    expect(await library.remove(admin, 4242)).toBe("not-found");
    expect(await library.one(admin, 4242)).toBeNull();
    expect(await getDb().select().from(table)).toEqual([]);
    expect(await auditRows()).toEqual([]);
  });

  it("deactivates an item patients were shown rather than deleting it, and reactivates it", async () => {
    const id = await library.make("Shown last week");
    await shownOn(patient, "2026-05-01", kind === "task" ? { taskId: id } : { messageId: id });
    expect(await library.one(admin, id)).toMatchObject({ deletable: false, usage: { shown: 1 } });

    expect(await library.remove(admin, id)).toBe("shown");
    expect(await row(id)).toMatchObject({ active: true });

    expect(await library.deactivate(admin, id)).toBe("changed");
    expect(await library.deactivate(admin, id)).toBe("unchanged");
    expect(await row(id)).toMatchObject({ active: false });
    expect(await library.remove(admin, id)).toBe("shown");
    expect(await row(id)).toBeDefined();

    expect(await library.reactivate(admin, id)).toBe("changed");
    expect(await library.reactivate(admin, id)).toBe("unchanged");
    expect(await row(id)).toMatchObject({ active: true });
    expect((await auditRows()).map((r) => [r.action, r.targetId])).toEqual([
      [`${kind}.deactivate`, id],
      [`${kind}.reactivate`, id],
    ]);
  });

  it("deletes an item no patient was shown, active or not, and audits it", async () => {
    const fresh = await library.make("Never shown");
    const retired = await library.make("Never shown, retired");
    await library.deactivate(admin, retired);
    expect(await library.one(admin, fresh)).toMatchObject({ deletable: true, usage: { shown: 0, pinned: 0 } });

    expect(await library.remove(admin, fresh)).toBe("deleted");
    expect(await library.remove(admin, retired)).toBe("deleted");
    expect(await library.remove(admin, fresh)).toBe("not-found");
    expect(await getDb().select().from(table)).toEqual([]);
    expect((await auditRows()).filter((r) => r.action === `${kind}.delete`).map((r) => r.targetId)).toEqual([fresh, retired]);
  });

  it("waits for a check-in that is recording the item as it is deleted, then keeps it", async () => {
    const id = await library.make("Being shown right now");
    let recorded!: () => void;
    let commit!: () => void;
    const isRecorded = new Promise<void>((resolve) => (recorded = resolve));
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const checkIn = getDb().transaction(async (tx) => {
      await tx.insert(moodEntries).values({ patientId: patient, entryDate: "2026-05-01", mood: 4, ...(kind === "task" ? { taskId: id } : { messageId: id }) });
      recorded();
      await committing;
    });
    await isRecorded;
    const deleting = library.remove(admin, id);
    // The delete is left waiting on the check-in's lock until the check-in commits.
    await new Promise((resolve) => setTimeout(resolve, 150));
    commit();
    await checkIn;
    expect(await deleting).toBe("shown");
    expect(await row(id)).toBeDefined();
  });

  it("refuses patients, psychiatrists and disabled admins every function, auditing each attempt and changing nothing", async () => {
    const id = await library.make("Untouchable");
    const psychiatrist = await createPsychiatrist();
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const caller of [patient, psychiatrist, disabledAdmin, 987654]) {
      const actor = { id: caller };
      expect(await library.list(actor)).toBeNull();
      expect(await library.one(actor, id)).toBeNull();
      expect(await library.create(actor, library.valid)).toEqual({ ok: false, reason: "refused" });
      expect(await library.update(actor, id, library.changed)).toEqual({ ok: false, reason: "refused" });
      expect(await library.deactivate(actor, id)).toBe("refused");
      expect(await library.reactivate(actor, id)).toBe("refused");
      expect(await library.remove(actor, id)).toBe("refused");
    }
    expect(await getDb().select({ id: table.id, active: table.active }).from(table)).toEqual([{ id, active: true }]);
    expect(library.words((await library.one(admin, id))!)).toBe("Untouchable");

    const denied = await auditRows();
    expect(denied.every((r) => r.outcome === "denied" && r.targetType === kind)).toBe(true);
    expect(denied.filter((r) => r.actorId === disabledAdmin).map((r) => [r.action, r.targetId])).toEqual([
      [`${kind}.list`, null],
      [`${kind}.view`, id],
      [`${kind}.create`, null],
      [`${kind}.update`, id],
      [`${kind}.deactivate`, id],
      [`${kind}.reactivate`, id],
      [`${kind}.delete`, id],
    ]);
    expect(denied).toHaveLength(4 * 7);
  });

  it("lists newest first, by status, with counts for each tab and how often each was shown", async () => {
    const [calm, walk, breath] = [await library.make("Calm water"), await library.make("A short walk"), await library.make("Slow breath")];
    await library.deactivate(admin, walk);
    for (const [n, date] of ["2026-05-01", "2026-05-02", "2026-05-03"].entries()) {
      await shownOn(patient, date, kind === "task" ? { taskId: n < 2 ? calm : walk } : { messageId: n < 2 ? calm : walk });
    }

    const all = (await library.list(admin))!;
    expect(all.items.map((i) => [i.id, i.active, i.usage.shown, i.deletable])).toEqual([
      [breath, true, 0, true],
      [walk, false, 1, false],
      [calm, true, 2, false],
    ]);
    expect(all).toMatchObject({ view: { status: "all", search: "", page: 1 }, total: 3, pageCount: 1, counts: { all: 3, active: 2, inactive: 1 } });

    expect((await library.list(admin, { status: "active" }))!.items.map((i) => i.id)).toEqual([breath, calm]);
    expect((await library.list(admin, { status: "inactive" }))!.items.map((i) => i.id)).toEqual([walk]);
  });

  it("searches the words, in any case, with LIKE's wildcards taken literally, and counts the tabs for the search", async () => {
    const [calm, , percent] = [await library.make("Calm water"), await library.make("A short walk"), await library.make("100% here")];
    const alsoCalm = await library.make("Becoming CALM");
    await library.deactivate(admin, alsoCalm);

    const found = (await library.list(admin, { search: "  calm " }))!;
    expect(found.items.map((i) => i.id)).toEqual([alsoCalm, calm]);
    expect(found).toMatchObject({ view: { search: "calm" }, total: 2, counts: { all: 2, active: 1, inactive: 1 } });
    expect((await library.list(admin, { search: "calm", status: "inactive" }))!.items.map((i) => i.id)).toEqual([alsoCalm]);
    expect((await library.list(admin, { search: "%" }))!.items.map((i) => i.id)).toEqual([percent]);
    expect((await library.list(admin, { search: "_" }))!.items).toEqual([]);
    expect(await library.list(admin, { search: "nothing like it" })).toMatchObject({ items: [], total: 0, pageCount: 1, counts: { all: 0 } });
  });

  it("pages the list, a page past the end showing the last", async () => {
    const ids: number[] = [];
    for (let n = 0; n < LIBRARY_PAGE_SIZE + 3; n++) ids.push(await library.make(`Item number ${n}`));
    const newestFirst = [...ids].reverse();

    const first = (await library.list(admin))!;
    expect(first.items.map((i) => i.id)).toEqual(newestFirst.slice(0, LIBRARY_PAGE_SIZE));
    expect(first).toMatchObject({ pageCount: 2, total: LIBRARY_PAGE_SIZE + 3 });
    const second = (await library.list(admin, { page: 2 }))!;
    expect(second.items.map((i) => i.id)).toEqual(newestFirst.slice(LIBRARY_PAGE_SIZE));
    expect((await library.list(admin, { page: 99 }))!).toMatchObject({ view: { page: 2 }, items: second.items });
    expect((await library.list(admin, { page: -1, status: "everything" as never }))!).toMatchObject({ view: { page: 1, status: "all" } });
  });
});
