// Patients and their past check-ins, written straight into the e2e database through the app's
// own code. Registering through the UI would hit the per-address registration limit, and
// every test that changes check-ins needs a patient of its own so that specs stay independent
// and the demo accounts stay as seeded. Playwright resolves the "@/…" imports inside lib/ from
// tsconfig's paths.
import { and, asc, desc, eq } from "drizzle-orm";
import { closeDb, getDb } from "../db/client";
import { mindfulnessTasks, moodEntries, patientTasks } from "../db/schema";
import { registerPatient } from "../lib/accounts/register-patient";
import { addDays, localDate } from "../lib/moods/local-date";
import { moodBand } from "../lib/moods/mood-band";
import { patientInput } from "../lib/testing/accounts";
import { MOOD_VALUES, type MoodWord } from "./moods";

/** Every fresh patient lives in London, as patientInput makes them. */
export const FRESH_PATIENT_TIMEZONE = "Europe/London";

export type FreshAccount = { userId: number; email: string; password: string; firstName: string };

/** A past check-in: `daysAgo` 1 is yesterday, in the patient's own time zone. */
export type PastEntry = { daysAgo: number; mood: MoodWord; note?: string; minutes?: number };

function requireDatabaseUrl(): void {
  if (!process.env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set for Playwright: run the e2e tests with `npm test`, or set it to the e2e database the server uses.");
  }
}

/** The patient's calendar day now, as the app works it out for a London account. */
export function todayInLondon(now = new Date()): string {
  return localDate(now, FRESH_PATIENT_TIMEZONE);
}

export function daysAgo(days: number): string {
  return addDays(todayInLondon(), -days);
}

let sequence = 0;

/** An address no other test or run has used: the database outlives a single test. */
function freshEmail(): string {
  sequence += 1;
  return `e2e.fresh.${Date.now().toString(36)}${process.pid.toString(36)}${sequence}@example.com`;
}

/** Creates an active patient (assigned to a psychiatrist, like anyone who registers). */
export async function createPatientAccount(firstName = "Casey"): Promise<FreshAccount> {
  requireDatabaseUrl();
  const input = patientInput({ firstName, lastName: "Morgan", email: freshEmail() });
  const result = await registerPatient(input);
  if (!result.ok) throw new Error(`could not create a test patient: ${result.message}`);
  if (!result.data) throw new Error("could not create a test patient: no account id");
  return { userId: result.data.userId, email: input.email, password: input.password, firstName };
}

/**
 * Writes past check-ins as the seed does, each with a task of its mood's band so the journal
 * reads like a real one. Returns the new entries' ids, in the order given.
 */
export async function addPastEntries(patientId: number, entries: readonly PastEntry[]): Promise<number[]> {
  const db = getDb();
  const tasks = await db
    .select({ id: mindfulnessTasks.id, band: mindfulnessTasks.moodBand })
    .from(mindfulnessTasks)
    .where(eq(mindfulnessTasks.active, true))
    .orderBy(asc(mindfulnessTasks.id));
  const ids: number[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry.daysAgo < 1) throw new RangeError("past entries end yesterday: check in today through the page");
    const mood = MOOD_VALUES[entry.mood];
    const suited = tasks.filter((t) => t.band === moodBand(mood));
    const [{ id }] = await db
      .insert(moodEntries)
      .values({
        patientId,
        entryDate: daysAgo(entry.daysAgo),
        mood,
        note: entry.note ?? null,
        mindfulnessMinutes: entry.minutes ?? 0,
        taskId: suited.length ? suited[i % suited.length].id : null,
      })
      .$returningId();
    ids.push(id);
  }
  return ids;
}

/** `count` days of check-ins ending yesterday, cycling through a gentle mix of moods. */
export function pastDays(count: number, moods: readonly MoodWord[] = ["Good", "Okay", "Uneasy", "Good", "Great", "Low", "Okay"]): PastEntry[] {
  return Array.from({ length: count }, (_, i) => ({ daysAgo: i + 1, mood: moods[i % moods.length], minutes: (i % 4) * 5 }));
}

/** The entry ids a patient has, newest day first. */
export async function entryIdsOf(patientId: number): Promise<number[]> {
  const rows = await getDb()
    .select({ id: moodEntries.id, date: moodEntries.entryDate })
    .from(moodEntries)
    .where(eq(moodEntries.patientId, patientId));
  return rows.sort((a, b) => b.date.localeCompare(a.date)).map((r) => r.id);
}

export async function entryExists(entryId: number): Promise<boolean> {
  const rows = await getDb().select({ id: moodEntries.id }).from(moodEntries).where(eq(moodEntries.id, entryId));
  return rows.length === 1;
}

/**
 * Pins a task of `band` for the patient, as their psychiatrist will from the caseload, and
 * returns its title: the band's last by title, so that being pinned is what moves it first.
 */
export async function pinTask(patientId: number, band: "low" | "middle" | "high"): Promise<string> {
  const db = getDb();
  const [task] = await db
    .select({ id: mindfulnessTasks.id, title: mindfulnessTasks.title })
    .from(mindfulnessTasks)
    .where(and(eq(mindfulnessTasks.active, true), eq(mindfulnessTasks.moodBand, band)))
    .orderBy(desc(mindfulnessTasks.title))
    .limit(1);
  if (!task) throw new Error(`no active task for the ${band} band`);
  await db.insert(patientTasks).values({ patientId, taskId: task.id });
  return task.title;
}

/** Ends this worker's connection pool, so the worker can exit. */
export async function closeTestDatabase(): Promise<void> {
  await closeDb();
}
