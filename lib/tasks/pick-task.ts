import { and, eq, isNotNull, max } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import type { LocalDate } from "@/lib/moods/local-date";
import type { MoodBand } from "@/lib/moods/mood-band";
import { chooseTask } from "./choose-task";

/** Loads what the task rule needs for one patient and applies it. */
export async function pickTask(tx: Transaction, patientId: number, band: MoodBand, today: LocalDate): Promise<number | null> {
  const [tasks, pinned, shown] = await Promise.all([
    tx
      .select({ id: mindfulnessTasks.id, band: mindfulnessTasks.moodBand })
      .from(mindfulnessTasks)
      .where(and(eq(mindfulnessTasks.moodBand, band), eq(mindfulnessTasks.active, true))),
    tx.select({ taskId: patientTasks.taskId }).from(patientTasks).where(eq(patientTasks.patientId, patientId)),
    tx
      .select({ taskId: moodEntries.taskId, date: max(moodEntries.entryDate) })
      .from(moodEntries)
      .where(and(eq(moodEntries.patientId, patientId), isNotNull(moodEntries.taskId)))
      .groupBy(moodEntries.taskId),
  ]);
  return chooseTask({
    band,
    today,
    tasks,
    pinnedTaskIds: pinned.map((p) => p.taskId),
    shown: shown.map((s) => ({ taskId: s.taskId!, date: String(s.date) })),
  });
}
