import { and, asc, between, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";
import { addDays, daysBetween, type LocalDate } from "./local-date";
import { currentStreak, progressStats, type ProgressStats, type RangeDays } from "./progress-stats";
import { patientToday } from "./patient-today";

// A streak that reaches the start of the range is counted on through up to two years of dates.
const STREAK_LOOKBACK_DAYS = 730;

/** Where the patient's mood, minutes and streak stand over the last `days` days, today included. */
export async function progressFor(patientId: number, days: RangeDays, now = new Date()): Promise<ProgressStats> {
  const to = await patientToday(patientId, now);
  const from = addDays(to, -(days - 1));
  const entries = await entriesBetween(patientId, from, to);
  const stats = progressStats({ from, to }, entries);
  // The range only shows whether the streak is shorter than it; only then is a look further back needed.
  if (stats.streak < daysBetween(from, to)) return stats;
  const earlier = await entriesBetween(patientId, addDays(to, -(STREAK_LOOKBACK_DAYS - 1)), addDays(from, -1));
  return { ...stats, streak: currentStreak([...earlier, ...entries].map((e) => e.date), to) };
}

/** Only this patient's entries, read along the (patient_id, entry_date) unique index. */
function entriesBetween(patientId: number, from: LocalDate, to: LocalDate) {
  return getDb()
    .select({ date: moodEntries.entryDate, mood: moodEntries.mood, minutes: moodEntries.mindfulnessMinutes })
    .from(moodEntries)
    .where(and(eq(moodEntries.patientId, patientId), between(moodEntries.entryDate, from, to)))
    .orderBy(asc(moodEntries.entryDate));
}
