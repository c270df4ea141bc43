import { and, avg, between, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import { addDays } from "@/lib/moods/local-date";
import { MOOD_BANDS, moodBand, type MoodBand } from "@/lib/moods/mood-band";
import { patientToday } from "@/lib/moods/patient-today";

export type LibraryTask = {
  id: number;
  title: string;
  instructions: string;
  durationMinutes: number;
  band: MoodBand;
  /** Chosen for this patient by their psychiatrist. */
  pinned: boolean;
};

export type TaskLibrary = {
  /** The band of the patient's average mood over the last 7 days; middle when they have not checked in. */
  recentBand: MoodBand;
  /** That average to one decimal, or null without check-ins. */
  recentAverage: number | null;
  tasks: LibraryTask[];
};

const RECENT_DAYS = 7;

/** The active task library as this patient sees it, most suitable first. */
export async function taskLibraryFor(patientId: number, now = new Date()): Promise<TaskLibrary> {
  const today = await patientToday(patientId, now);
  const [[recent], rows] = await Promise.all([
    getDb()
      .select({ average: avg(moodEntries.mood) })
      .from(moodEntries)
      .where(and(eq(moodEntries.patientId, patientId), between(moodEntries.entryDate, addDays(today, -(RECENT_DAYS - 1)), today))),
    getDb()
      .select({
        id: mindfulnessTasks.id,
        title: mindfulnessTasks.title,
        instructions: mindfulnessTasks.instructions,
        durationMinutes: mindfulnessTasks.durationMinutes,
        band: mindfulnessTasks.moodBand,
        pinnedTaskId: patientTasks.taskId,
      })
      .from(mindfulnessTasks)
      // Only this patient's pins: the join condition, not a WHERE, so unpinned tasks stay listed.
      .leftJoin(patientTasks, and(eq(patientTasks.taskId, mindfulnessTasks.id), eq(patientTasks.patientId, patientId)))
      .where(eq(mindfulnessTasks.active, true)),
  ]);
  const recentAverage = recent?.average == null ? null : Math.round(Number(recent.average) * 10) / 10;
  // The band of the nearest face, as the progress page shows the average.
  const recentBand = recentAverage === null ? "middle" : moodBand(Math.round(recentAverage));
  const tasks = rows.map(({ pinnedTaskId, ...task }) => ({ ...task, pinned: pinnedTaskId !== null }));
  return { recentBand, recentAverage, tasks: orderLibrary(tasks, recentBand) };
}

/**
 * The recent band first, then the bands nearest to it (the brighter one first on a tie), so a
 * patient on in-between days sees good-day tasks before hard-day ones. Within a band, their
 * psychiatrist's picks come first, then by title.
 */
export function orderLibrary(tasks: readonly LibraryTask[], recentBand: MoodBand): LibraryTask[] {
  const position = (band: MoodBand) => MOOD_BANDS.indexOf(band);
  const distance = (band: MoodBand) => Math.abs(position(band) - position(recentBand));
  return [...tasks].sort(
    (a, b) =>
      distance(a.band) - distance(b.band) ||
      position(b.band) - position(a.band) ||
      Number(b.pinned) - Number(a.pinned) ||
      a.title.localeCompare(b.title, "en-GB") ||
      a.id - b.id,
  );
}
