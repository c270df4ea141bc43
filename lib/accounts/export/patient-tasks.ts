import { asc, count, eq, max, min } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import type { PinnedExportTask, ShownExportTask } from "./export-types";

const taskColumns = {
  title: mindfulnessTasks.title,
  durationMinutes: mindfulnessTasks.durationMinutes,
  instructions: mindfulnessTasks.instructions,
};

/** The tasks pinned for this patient, and every task they were shown on a check-in (with how often and when). */
export async function patientTasksOf(tx: Transaction, patientId: number): Promise<{ pinned: PinnedExportTask[]; shown: ShownExportTask[] }> {
  const [pinned, shown] = await Promise.all([
    tx
      .select({ ...taskColumns, pinnedAt: patientTasks.pinnedAt })
      .from(patientTasks)
      .innerJoin(mindfulnessTasks, eq(mindfulnessTasks.id, patientTasks.taskId))
      .where(eq(patientTasks.patientId, patientId))
      .orderBy(asc(patientTasks.pinnedAt), asc(mindfulnessTasks.id)),
    tx
      .select({
        ...taskColumns,
        timesShown: count(),
        firstShownOn: min(moodEntries.entryDate),
        lastShownOn: max(moodEntries.entryDate),
      })
      .from(moodEntries)
      .innerJoin(mindfulnessTasks, eq(mindfulnessTasks.id, moodEntries.taskId))
      .where(eq(moodEntries.patientId, patientId))
      .groupBy(mindfulnessTasks.id)
      .orderBy(asc(min(moodEntries.entryDate)), asc(mindfulnessTasks.id)),
  ]);
  return {
    pinned,
    // A group always has at least one day, so its first and last days exist.
    shown: shown.map((task) => ({ ...task, timesShown: Number(task.timesShown), firstShownOn: task.firstShownOn!, lastShownOn: task.lastShownOn! })),
  };
}
