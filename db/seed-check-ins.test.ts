import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chooseMessage, type MessageShown } from "@/lib/messages/choose-message";
import { addDays, daysBetween, localDate } from "@/lib/moods/local-date";
import { MOOD_BANDS, moodBand } from "@/lib/moods/mood-band";
import { chooseTask, type ShownTask } from "@/lib/tasks/choose-task";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { getDb } from "./client";
import { dailyMessages, mindfulnessTasks, moodEntries, patients, patientTasks, users } from "./schema";
import { seedDemoData } from "./seed";
import { localTimeToUtc, planCheckIns, SEED_NOTES, seedCheckIns, seedLibrary } from "./seed-check-ins";
import { SEED_MESSAGES } from "./seed-content/messages";
import { SEED_TASKS } from "./seed-content/tasks";

// 10am in London on 20 April 2025 (BST): the 60 days before it cross the clocks going forward.
const NOW = new Date("2025-04-20T09:00:00Z");
const TODAY = "2025-04-20";
const YESTERDAY = "2025-04-19";
const FIRST_DAY = addDays(TODAY, -60);
const DAYS = 60;

// Words a later risk feature would flag: none of the seed's own text may contain them.
const RISK_WORDS =
  /\b(suicid\w*|kill\w*|self[- ]?harm\w*|(hurt|harm)(ing)? myself|end(ing)? it all|end my life|die|dying|dead|overdos\w*|cutting|disappear)\b/i;

const ALL_NOTES: readonly string[] = Object.values(SEED_NOTES).flat();

type Entry = typeof moodEntries.$inferSelect;

async function allEntries(): Promise<Entry[]> {
  return getDb().select().from(moodEntries).orderBy(asc(moodEntries.patientId), asc(moodEntries.entryDate));
}

function byPatient(entries: readonly Entry[]): Map<number, Entry[]> {
  const map = new Map<number, Entry[]>();
  for (const e of entries) map.set(e.patientId, [...(map.get(e.patientId) ?? []), e]);
  return map;
}

/** The longest run of consecutive calendar days with an entry at Low or below, and where it ends. */
function longestLowRun(entries: readonly Entry[]): { length: number; end: string | null } {
  let best = { length: 0, end: null as string | null };
  let run = 0;
  let previous: string | null = null;
  for (const e of entries) {
    const continues = previous !== null && daysBetween(previous, e.entryDate) === 1;
    run = e.mood <= 3 ? (continues ? run + 1 : 1) : 0;
    if (run > best.length) best = { length: run, end: e.entryDate };
    previous = e.entryDate;
  }
  return best;
}

describe("the seed library's content", () => {
  it("has at least 24 tasks, at least 7 for each mood band, each within the limits", () => {
    expect(SEED_TASKS.length).toBeGreaterThanOrEqual(24);
    for (const band of MOOD_BANDS) expect(SEED_TASKS.filter((t) => t.moodBand === band).length, band).toBeGreaterThanOrEqual(7);
    expect(new Set(SEED_TASKS.map((t) => t.title)).size).toBe(SEED_TASKS.length);
    for (const task of SEED_TASKS) {
      expect(task.title.length, task.title).toBeLessThanOrEqual(120);
      expect(task.instructions.length, task.title).toBeLessThanOrEqual(800);
      const steps = task.instructions.split("\n");
      expect(steps.length, task.title).toBeGreaterThanOrEqual(2);
      expect(steps.length, task.title).toBeLessThanOrEqual(6);
      expect(steps.every((s) => s.trim().length > 0), task.title).toBe(true);
      expect(Number.isInteger(task.durationMinutes) && task.durationMinutes > 0, task.title).toBe(true);
      expect(task.durationMinutes, task.title).toBeLessThanOrEqual(30);
    }
  });

  it("keeps hard-day tasks short: 2 to 10 minutes", () => {
    for (const task of SEED_TASKS.filter((t) => t.moodBand === "low")) {
      expect(task.durationMinutes, task.title).toBeGreaterThanOrEqual(2);
      expect(task.durationMinutes, task.title).toBeLessThanOrEqual(10);
    }
  });

  it("has 30 different daily messages, each short enough to store and to read at a glance", () => {
    expect(SEED_MESSAGES).toHaveLength(30);
    expect(new Set(SEED_MESSAGES).size).toBe(30);
    for (const message of SEED_MESSAGES) expect(message.length, message).toBeLessThanOrEqual(200);
  });

  it("has patient notes of every kind of day, each within the note limit", () => {
    for (const bank of Object.values(SEED_NOTES)) expect(bank.length).toBeGreaterThanOrEqual(8);
    for (const note of ALL_NOTES) expect(note.length, note).toBeLessThanOrEqual(280);
  });

  it("never speaks of self-harm or suicide, in tasks, messages or notes", () => {
    const texts = [...SEED_TASKS.flatMap((t) => [t.title, t.instructions]), ...SEED_MESSAGES, ...ALL_NOTES];
    for (const text of texts) expect(text, text).not.toMatch(RISK_WORDS);
  });
});

describe("localTimeToUtc", () => {
  it("turns a local wall-clock time into the instant, on either side of a clock change", () => {
    expect(localTimeToUtc("2025-01-15", 20 * 60, "Europe/London").toISOString()).toBe("2025-01-15T20:00:00.000Z");
    expect(localTimeToUtc("2025-03-29", 20 * 60, "Europe/London").toISOString()).toBe("2025-03-29T20:00:00.000Z");
    expect(localTimeToUtc("2025-03-30", 20 * 60, "Europe/London").toISOString()).toBe("2025-03-30T19:00:00.000Z");
    expect(localTimeToUtc("2025-07-15", 7 * 60 + 30, "Europe/London").toISOString()).toBe("2025-07-15T06:30:00.000Z");
    expect(localTimeToUtc("2025-07-15", 20 * 60, "America/New_York").toISOString()).toBe("2025-07-16T00:00:00.000Z");
    expect(localTimeToUtc("2025-07-15", 20 * 60, "Asia/Kolkata").toISOString()).toBe("2025-07-15T14:30:00.000Z");
  });
});

describe("seedLibrary", () => {
  beforeEach(resetDatabase);

  it("inserts every task and message and returns their ids in content order", async () => {
    const library = await seedLibrary(getDb());
    expect(library.taskIds).toHaveLength(SEED_TASKS.length);
    expect(library.messageIds).toHaveLength(SEED_MESSAGES.length);

    const tasks = await getDb().select().from(mindfulnessTasks).orderBy(asc(mindfulnessTasks.id));
    expect(tasks.map((t) => t.id)).toEqual(library.taskIds);
    expect(tasks.map((t) => [t.title, t.instructions, t.durationMinutes, t.moodBand, t.active])).toEqual(
      SEED_TASKS.map((t) => [t.title, t.instructions, t.durationMinutes, t.moodBand, true]),
    );
    const messages = await getDb().select().from(dailyMessages).orderBy(asc(dailyMessages.id));
    expect(messages.map((m) => m.id)).toEqual(library.messageIds);
    expect(messages.map((m) => m.text)).toEqual([...SEED_MESSAGES]);
  });
});

describe("seedCheckIns", () => {
  beforeEach(resetDatabase);

  it("writes nothing for no patients", async () => {
    await seedLibrary(getDb());
    expect(await seedCheckIns(getDb(), { patientIds: [], today: TODAY })).toEqual({ entries: 0 });
    expect(await allEntries()).toEqual([]);
  });

  it("times each entry in the patient's own zone, ends yesterday and follows a pinned task", async () => {
    await createPsychiatrist();
    const far = await createPatient();
    const near = await createPatient();
    const { taskIds } = await seedLibrary(getDb());
    const pinned = taskIds[SEED_TASKS.findIndex((t) => t.moodBand === "middle") + 1];
    await getDb().insert(patientTasks).values({ patientId: near.userId, taskId: pinned });

    const today = "2025-10-10";
    const result = await seedCheckIns(getDb(), {
      patientIds: [far.userId, near.userId],
      timezone: new Map([[far.userId, "Pacific/Auckland"]]),
      today,
      days: 20,
    });
    const entries = await allEntries();
    expect(result.entries).toBe(entries.length);
    for (const e of entries) {
      const zone = e.patientId === far.userId ? "Pacific/Auckland" : "Europe/London";
      expect(localDate(e.createdAt, zone)).toBe(e.entryDate);
      expect(e.entryDate >= addDays(today, -20) && e.entryDate < today, e.entryDate).toBe(true);
      if (e.patientId === near.userId && moodBand(e.mood) === "middle") expect(e.taskId).toBe(pinned);
    }
    expect(entries.filter((e) => e.patientId === near.userId && moodBand(e.mood) === "middle").length).toBeGreaterThan(0);
  });

  it("plans the same rows from the same inputs", () => {
    const tasks = SEED_TASKS.map((t, i) => ({ id: i + 1, band: t.moodBand }));
    const plan = {
      patientId: 42,
      today: TODAY,
      days: DAYS,
      timezone: "Europe/London",
      tasks,
      taskMinutes: new Map(SEED_TASKS.map((t, i) => [i + 1, t.durationMinutes])),
      messageIds: SEED_MESSAGES.map((_, i) => i + 1),
      pinnedTaskIds: [],
      hardSpell: true,
    };
    const first = planCheckIns(plan);
    expect(first.length).toBeGreaterThan(0);
    expect(planCheckIns(plan)).toEqual(first);
    expect(planCheckIns({ ...plan, patientId: 43 })).not.toEqual(first);
  });
});

describe("the demo check-ins", () => {
  let entries: Entry[];
  let perPatient: Map<number, Entry[]>;
  let demoPatients: { id: number; email: string }[];
  let rileyId: number;

  beforeAll(async () => {
    await resetDatabase();
    await seedDemoData(process.env.DATABASE_URL!, NOW);
    entries = await allEntries();
    perPatient = byPatient(entries);
    demoPatients = await getDb()
      .select({ id: users.id, email: users.email })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .orderBy(asc(users.id));
    rileyId = demoPatients.find((p) => p.email === "patient@example.com")!.id;
  });

  it("gives every demo patient check-ins only in the 60 days ending yesterday, none today, one a day at most", () => {
    expect(demoPatients).toHaveLength(13);
    expect([...perPatient.keys()].sort((a, b) => a - b)).toEqual(demoPatients.map((p) => p.id));
    for (const [patientId, own] of perPatient) {
      const dates = own.map((e) => e.entryDate);
      expect(new Set(dates).size, `patient ${patientId}`).toBe(dates.length);
      for (const date of dates) {
        expect(date >= FIRST_DAY && date <= YESTERDAY, `patient ${patientId}: ${date}`).toBe(true);
      }
      expect(dates).not.toContain(TODAY);
    }
    // The window is full width: someone checked in on its first day and someone yesterday.
    expect(entries.some((e) => e.entryDate === FIRST_DAY)).toBe(true);
    expect(entries.some((e) => e.entryDate === YESTERDAY)).toBe(true);
  });

  it("keeps moods, minutes and notes within what a check-in allows, with a realistic mix", () => {
    for (const e of entries) {
      expect(Number.isInteger(e.mood) && e.mood >= 1 && e.mood <= 7, `mood ${e.mood}`).toBe(true);
      expect(e.mindfulnessMinutes % 5, `minutes ${e.mindfulnessMinutes}`).toBe(0);
      expect(e.mindfulnessMinutes >= 0 && e.mindfulnessMinutes <= 120, `minutes ${e.mindfulnessMinutes}`).toBe(true);
      if (e.note !== null) {
        expect(e.note.length).toBeLessThanOrEqual(280);
        expect(ALL_NOTES).toContain(e.note);
      }
    }
    const share = (n: number) => n / entries.length;
    expect(share(entries.filter((e) => e.note !== null).length)).toBeGreaterThan(0.3);
    expect(share(entries.filter((e) => e.note !== null).length)).toBeLessThan(0.5);
    expect(share(entries.filter((e) => e.mindfulnessMinutes === 0).length)).toBeGreaterThan(0.25);
    expect(entries.some((e) => e.mindfulnessMinutes >= 30)).toBe(true);
    expect(new Set(entries.map((e) => e.mood))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
  });

  it("stamps each entry at a time on its own day, with the task done later that day", () => {
    for (const e of entries) {
      expect(localDate(e.createdAt, "Europe/London")).toBe(e.entryDate);
      expect(e.updatedAt).toEqual(e.createdAt);
      if (e.taskDoneAt !== null) {
        expect(e.taskId).not.toBeNull();
        expect(e.taskDoneAt.getTime()).toBeGreaterThan(e.createdAt.getTime());
        expect(localDate(e.taskDoneAt, "Europe/London")).toBe(e.entryDate);
      }
    }
    const done = entries.filter((e) => e.taskDoneAt !== null).length;
    expect(done).toBeGreaterThan(entries.length * 0.15);
    expect(done).toBeLessThan(entries.length * 0.6);
  });

  it("misses some days: 10 to 20% overall, and every patient misses at least one", () => {
    const missed = 1 - entries.length / (demoPatients.length * DAYS);
    expect(missed).toBeGreaterThanOrEqual(0.1);
    expect(missed).toBeLessThanOrEqual(0.2);
    for (const [patientId, own] of perPatient) expect(own.length, `patient ${patientId}`).toBeLessThan(DAYS);
  });

  it("gives patient@example.com, and others, a run of 3+ days at Low or below, then a recovery", () => {
    const riley = longestLowRun(perPatient.get(rileyId)!);
    expect(riley.length).toBeGreaterThanOrEqual(3);
    const after = perPatient.get(rileyId)!.filter((e) => e.entryDate > riley.end!);
    expect(after.some((e) => e.mood >= 5)).toBe(true);

    const withRuns = [...perPatient.values()].filter((own) => longestLowRun(own).length >= 3);
    expect(withRuns.length).toBeGreaterThanOrEqual(3);
    // Not everyone: at most half the caseload has had such a spell.
    expect(withRuns.length).toBeLessThanOrEqual(Math.ceil(demoPatients.length / 2));
  });

  it("gives every entry a task that suits its mood band, chosen by the task rule over the history so far", async () => {
    const tasks = await getDb()
      .select({ id: mindfulnessTasks.id, band: mindfulnessTasks.moodBand })
      .from(mindfulnessTasks)
      .where(eq(mindfulnessTasks.active, true));
    expect(await getDb().select().from(patientTasks)).toEqual([]);
    const bandOf = new Map(tasks.map((t) => [t.id, t.band]));

    for (const [patientId, own] of perPatient) {
      const shown: ShownTask[] = [];
      for (const e of own) {
        const band = moodBand(e.mood);
        expect(e.taskId, `patient ${patientId} on ${e.entryDate}`).not.toBeNull();
        expect(bandOf.get(e.taskId!), `patient ${patientId} on ${e.entryDate}`).toBe(band);

        // No repeat within 7 days while another suitable task had not been shown that week.
        const recent = new Set(shown.filter((s) => daysBetween(s.date, e.entryDate) < 7).map((s) => s.taskId));
        const freshAvailable = tasks.some((t) => t.band === band && !recent.has(t.id));
        if (freshAvailable) expect(recent.has(e.taskId!), `patient ${patientId} on ${e.entryDate}`).toBe(false);

        const expected = chooseTask({ band, today: e.entryDate, tasks, pinnedTaskIds: [], shown });
        expect(e.taskId, `patient ${patientId} on ${e.entryDate}`).toBe(expected);
        shown.push({ taskId: e.taskId!, date: e.entryDate });
      }
    }
  });

  it("never repeats a message for a patient until all 30 have been shown", async () => {
    const active = (await getDb().select({ id: dailyMessages.id }).from(dailyMessages)).map((m) => m.id);
    expect(active).toHaveLength(30);
    for (const [patientId, own] of perPatient) {
      const seen = new Set<number>();
      const shown: MessageShown[] = [];
      for (const e of own) {
        expect(e.messageId, `patient ${patientId} on ${e.entryDate}`).not.toBeNull();
        if (seen.has(e.messageId!)) expect(seen.size, `patient ${patientId} on ${e.entryDate}`).toBe(30);
        expect(e.messageId).toBe(chooseMessage(active, shown));
        seen.add(e.messageId!);
        shown.push({ messageId: e.messageId!, date: e.entryDate });
      }
      expect(new Set(own.slice(0, 30).map((e) => e.messageId)).size).toBe(Math.min(30, own.length));
    }
  });

  it("seeds identical data again from the same inputs", async () => {
    const tasksBefore = await getDb().select().from(mindfulnessTasks).orderBy(asc(mindfulnessTasks.id));
    const strip = <T extends { createdAt: Date }>(rows: T[]) => rows.map(({ createdAt: _createdAt, ...rest }) => rest);

    await resetDatabase();
    await seedDemoData(process.env.DATABASE_URL!, NOW);

    expect(await allEntries()).toEqual(entries);
    // Library rows are stamped by the database when inserted; everything else matches.
    const tasksAfter = await getDb().select().from(mindfulnessTasks).orderBy(asc(mindfulnessTasks.id));
    expect(strip(tasksAfter)).toEqual(strip(tasksBefore));
  });
});
