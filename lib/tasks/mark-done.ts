import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";

/**
 * Marks the task shown with one of the patient's own entries as done (again is harmless: the
 * first time is kept). False when the entry is not theirs or showed no task.
 */
export async function markTaskDone(patientId: number, entryId: number, now = new Date()): Promise<boolean> {
  const [result] = await getDb()
    .update(moodEntries)
    .set({ taskDoneAt: sql`coalesce(${moodEntries.taskDoneAt}, ${now})` })
    .where(and(eq(moodEntries.id, entryId), eq(moodEntries.patientId, patientId), isNotNull(moodEntries.taskId)));
  // mysql2 connects with FOUND_ROWS, so this counts the rows matched, changed or not.
  return result.affectedRows === 1;
}
