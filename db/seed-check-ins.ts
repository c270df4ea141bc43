import { eq, inArray } from "drizzle-orm";
import { chooseMessage, type MessageShown } from "@/lib/messages/choose-message";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { moodBand } from "@/lib/moods/mood-band";
import { chooseTask, type ShownTask, type TaskOption } from "@/lib/tasks/choose-task";
import type { Database } from "./client";
import { dailyMessages, mindfulnessTasks, moodEntries, patientTasks } from "./schema";
import { SEED_MESSAGES } from "./seed-content/messages";
import { SEED_TASKS } from "./seed-content/tasks";

export const DEFAULT_TIMEZONE = "Europe/London";
export const DEFAULT_DAYS = 60;
const BATCH_SIZE = 250;

export type SeededLibrary = { taskIds: number[]; messageIds: number[] };

/** Inserts the starter tasks and messages; returns their ids in the order of the content files. */
export async function seedLibrary(db: Database): Promise<SeededLibrary> {
  return db.transaction(async (tx) => {
    const tasks = await tx
      .insert(mindfulnessTasks)
      .values(SEED_TASKS.map((t) => ({ ...t })))
      .$returningId();
    const messages = await tx
      .insert(dailyMessages)
      .values(SEED_MESSAGES.map((text) => ({ text })))
      .$returningId();
    return { taskIds: tasks.map((t) => t.id), messageIds: messages.map((m) => m.id) };
  });
}

// Written for the seed: ordinary days, in the patients' own words. Nothing here speaks of
// self-harm or suicide, so later risk features see the seed as ordinary data.
export const SEED_NOTES = {
  /** Very low, Distressed. */
  hard: [
    "Couldn't get out of bed today.",
    "Everything felt like too much. Stayed in most of the day.",
    "Didn't sleep at all last night and it's caught up with me.",
    "Cried a lot today, not really sure why.",
    "Cancelled plans again. Just didn't have it in me.",
    "Anxious all day, heart racing on and off.",
    "Felt very alone this evening.",
    "Hard day. Early night, I think.",
    "Couldn't face work, rang in sick.",
    "Row with my sister and I feel awful about it.",
  ],
  /** Low. */
  low: [
    "Bit flat today. Got the basics done.",
    "Tired and grumpy, slept badly.",
    "Grey and drizzly all day, matched my mood.",
    "Work was stressful, glad it's over.",
    "Didn't want to see anyone, so I didn't.",
    "Headache most of the day.",
    "Managed a shower and some toast, which felt like a win.",
    "Feeling a bit lonely this week.",
    "Kept overthinking a conversation from work.",
  ],
  /** Uneasy, Okay. */
  middling: [
    "Okay day. Nothing special.",
    "Busy at work but manageable.",
    "Went to the shops and back, that was about it.",
    "Slept a bit better last night.",
    "Bit on edge this morning, settled down by lunch.",
    "Rang Mum, which helped.",
    "Did some washing and watched telly.",
    "Walked to the park at lunchtime.",
    "Long day with the kids, shattered now.",
    "Quiet one. Read a few chapters of my book.",
    "Bus was late and I got soaked, but I'm fine.",
    "Appointment went alright.",
  ],
  /** Good, Great. */
  good: [
    "Lovely walk by the river with the dog.",
    "Good catch-up with a friend over coffee.",
    "Sunny at last! Sat out in the garden for a bit.",
    "Got loads done at work and felt on top of things.",
    "Cooked a proper meal for the first time in ages.",
    "Slept really well, woke up feeling rested.",
    "Family came round for tea, really nice.",
    "Finally finished the jigsaw!",
    "Went swimming, felt great afterwards.",
    "Laughed a lot today. Needed that.",
    "Felt like myself again today.",
    "Tried the breathing exercise and it actually helped.",
  ],
} as const;

function notesFor(mood: number): readonly string[] {
  if (mood <= 2) return SEED_NOTES.hard;
  if (mood === 3) return SEED_NOTES.low;
  if (mood <= 5) return SEED_NOTES.middling;
  return SEED_NOTES.good;
}

export type SeedCheckInsOptions = {
  patientIds: readonly number[];
  /** One zone for every patient, or each patient's own (Europe/London for any not in the map). */
  timezone?: string | ReadonlyMap<number, string>;
  /** Entries end the day before: today is left for the patient to check in. */
  today: LocalDate;
  days?: number;
  /** Patients who certainly have a hard spell (3+ days in a row at Low or below) and recover. */
  hardSpellPatientIds?: readonly number[];
};

type EntryRow = typeof moodEntries.$inferInsert;

/**
 * Inserts `days` days of check-ins ending yesterday for each patient, who must have no entries
 * yet. Each patient has a character of their own drawn from a generator seeded by their id, so
 * the same ids, days and library always give the same rows. The day's task and message are
 * chosen by the app's own rules over the history written so far, as a real check-in would.
 */
export async function seedCheckIns(db: Database, options: SeedCheckInsOptions): Promise<{ entries: number }> {
  const { patientIds, today, days = DEFAULT_DAYS } = options;
  if (patientIds.length === 0 || days <= 0) return { entries: 0 };

  const [tasks, messages, pins] = await Promise.all([
    db
      .select({ id: mindfulnessTasks.id, band: mindfulnessTasks.moodBand, minutes: mindfulnessTasks.durationMinutes })
      .from(mindfulnessTasks)
      .where(eq(mindfulnessTasks.active, true)),
    db.select({ id: dailyMessages.id }).from(dailyMessages).where(eq(dailyMessages.active, true)),
    db
      .select({ patientId: patientTasks.patientId, taskId: patientTasks.taskId })
      .from(patientTasks)
      .where(inArray(patientTasks.patientId, [...patientIds])),
  ]);
  const durations = new Map(tasks.map((t) => [t.id, t.minutes]));
  const hardSpell = new Set(options.hardSpellPatientIds ?? []);

  const rows = patientIds.flatMap((patientId) =>
    planCheckIns({
      patientId,
      today,
      days,
      timezone: zoneOf(options.timezone, patientId),
      tasks,
      taskMinutes: durations,
      messageIds: messages.map((m) => m.id),
      pinnedTaskIds: pins.filter((p) => p.patientId === patientId).map((p) => p.taskId),
      hardSpell: hardSpell.has(patientId),
    }),
  );
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH_SIZE) await tx.insert(moodEntries).values(rows.slice(i, i + BATCH_SIZE));
  });
  return { entries: rows.length };
}

function zoneOf(timezone: SeedCheckInsOptions["timezone"], patientId: number): string {
  if (typeof timezone === "string") return timezone;
  return timezone?.get(patientId) ?? DEFAULT_TIMEZONE;
}

export type CheckInPlan = {
  patientId: number;
  today: LocalDate;
  days: number;
  timezone: string;
  tasks: readonly TaskOption[];
  taskMinutes: ReadonlyMap<number, number>;
  messageIds: readonly number[];
  pinnedTaskIds: readonly number[];
  hardSpell: boolean;
};

/** How one patient tends to feel and use the app over the seeded weeks. */
type Character = {
  baseline: number;
  /** Spread of the day-to-day noise. */
  swing: number;
  /** How much of yesterday's mood carries into today (0 none, 1 all). */
  persistence: number;
  /** How far the baseline drifts from the first day to the last. */
  trend: number;
  missRate: number;
  noteRate: number;
  practiceRate: number;
  taskDoneRate: number;
  /** Usual check-in time, minutes after local midnight. */
  checkInMinute: number;
  /** Days (by index from the first) at Low or below, then a climb back. */
  spell: { start: number; length: number; recovery: number } | null;
};

function characterOf(random: Random, days: number, forceSpell: boolean): Character {
  const hasSpell = forceSpell || random.chance(0.3);
  const character: Character = {
    baseline: random.between(3.8, 5.8),
    swing: random.between(0.5, 1.1),
    persistence: random.between(0.4, 0.8),
    trend: random.between(-0.6, 0.8),
    missRate: random.between(0.08, 0.18),
    noteRate: random.between(0.3, 0.5),
    practiceRate: random.between(0.2, 0.5),
    taskDoneRate: random.between(0.2, 0.5),
    checkInMinute: Math.round(random.between(8 * 60, 20 * 60)),
    spell: null,
  };
  if (hasSpell) {
    // Someone who dips and recovers usually sits somewhere near Okay the rest of the time.
    // Steadier, too, so the recovery shows.
    character.baseline = Math.max(character.baseline, 4.6);
    character.swing = Math.min(character.swing, 0.8);
    const length = random.int(3, 5);
    const recovery = random.int(4, 7);
    const latest = Math.max(0, days - length - recovery - 3);
    character.spell = { start: random.int(Math.min(8, latest), latest), length, recovery };
  }
  return character;
}

/** One patient's check-ins, oldest first. Pure: the same plan always gives the same rows. */
export function planCheckIns(plan: CheckInPlan): EntryRow[] {
  const random = new Random(seedFor(plan.patientId));
  const me = characterOf(random, plan.days, plan.hardSpell);
  const shownTasks: ShownTask[] = [];
  const shownMessages: MessageShown[] = [];
  const rows: EntryRow[] = [];
  let lastNote: string | null = null;
  let level = me.baseline + random.normal() * me.swing;

  for (let i = 0; i < plan.days; i++) {
    const entryDate = addDays(plan.today, i - plan.days);
    const base = me.baseline + (me.trend * i) / Math.max(1, plan.days - 1);
    const spellDay = me.spell ? i - me.spell.start : -1;
    const inSpell = me.spell !== null && spellDay >= 0 && spellDay < me.spell.length;
    const recovering = me.spell !== null && spellDay >= me.spell.length && spellDay < me.spell.length + me.spell.recovery;

    let mood: number;
    if (inSpell) {
      mood = clamp(Math.round(2 + random.normal() * 0.8), 1, 3);
      level = mood;
    } else if (recovering) {
      const step = spellDay - me.spell!.length + 1;
      level = 3 + ((base - 3) * step) / (me.spell!.recovery + 1) + random.normal() * 0.4;
      mood = clamp(Math.round(level), 1, 7);
    } else {
      level = base + me.persistence * (level - base) + random.normal() * me.swing;
      mood = clamp(Math.round(level), 1, 7);
    }

    // The hard spell is kept unbroken: the point of it is consecutive days to notice. Yesterday
    // is always there, so the history runs right up to today and a streak is live in the demo.
    const yesterday = i === plan.days - 1;
    const missed = !inSpell && !yesterday && random.chance(me.missRate * (mood <= 3 ? 1.5 : 1));
    if (missed) continue;

    const band = moodBand(mood);
    const taskId = chooseTask({ band, today: entryDate, tasks: plan.tasks, pinnedTaskIds: plan.pinnedTaskIds, shown: shownTasks });
    if (taskId !== null) shownTasks.push({ taskId, date: entryDate });
    const messageId = chooseMessage(plan.messageIds, shownMessages);
    if (messageId !== null) shownMessages.push({ messageId, date: entryDate });

    let note: string | null = null;
    if (random.chance(me.noteRate * (mood <= 2 || mood === 7 ? 1.25 : 1))) {
      const bank = notesFor(mood);
      note = random.pick(bank);
      if (note === lastNote) note = random.pick(bank);
      lastNote = note;
    }

    let minutes = random.chance(me.practiceRate * (band === "low" ? 0.6 : 1))
      ? 5 * (random.chance(0.1) ? random.int(7, 12) : random.int(1, 6))
      : 0;
    const done = taskId !== null && random.chance(me.taskDoneRate * (band === "low" ? 0.7 : 1));
    if (done) minutes = Math.max(minutes, 5 * Math.ceil((plan.taskMinutes.get(taskId) ?? 5) / 5));
    minutes = Math.min(minutes, 120);

    const minute = clamp(Math.round(me.checkInMinute + random.normal() * 45), 7 * 60, 21 * 60 + 30);
    const createdAt = localTimeToUtc(entryDate, minute, plan.timezone);
    const taskDoneAt = done ? new Date(createdAt.getTime() + random.int(10, 90) * 60_000) : null;

    rows.push({
      patientId: plan.patientId,
      entryDate,
      mood,
      note,
      mindfulnessMinutes: minutes,
      taskId,
      taskDoneAt,
      messageId,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return rows;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** FNV-1a over a label and the patient id: each patient their own stream of numbers. */
function seedFor(patientId: number): number {
  let hash = 0x811c9dc5;
  for (const char of `miwell-check-ins:${patientId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: small, fast and reproducible; plenty for demo data (never for secrets). */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Standard normal, by Box-Muller. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant when the clock in `timeZone` shows `minuteOfDay` on `date`. */
export function localTimeToUtc(date: LocalDate, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const wall = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  const first = wall - zoneOffset(wall, timeZone);
  // Near a clock change the offset at the guess can differ from the offset at the answer.
  return new Date(wall - zoneOffset(first, timeZone));
}
