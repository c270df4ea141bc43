import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mindfulnessTasks, patientTasks } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { assignedOrAudited } from "@/lib/caseload/assigned-patient";
import type { MoodBand } from "@/lib/moods/mood-band";

export type PinnedTask = { id: number; title: string; band: MoodBand; durationMinutes: number };
export type PinOutcome = "pinned" | "already-pinned" | "no-such-task" | "not-your-patient";

/** The tasks pinned for a patient, for the record their psychiatrist reads (already authorised). */
export async function pinnedTasks(patientId: number): Promise<PinnedTask[]> {
  return getDb()
    .select({ id: mindfulnessTasks.id, title: mindfulnessTasks.title, band: mindfulnessTasks.moodBand, durationMinutes: mindfulnessTasks.durationMinutes })
    .from(patientTasks)
    .innerJoin(mindfulnessTasks, eq(mindfulnessTasks.id, patientTasks.taskId))
    .where(eq(patientTasks.patientId, patientId))
    .orderBy(asc(mindfulnessTasks.title));
}

/** Pins an active task for one of the psychiatrist's own patients. */
export async function pinTask(psychiatrist: Actor, patientId: number, taskId: number): Promise<PinOutcome> {
  if (!(await assignedOrAudited(psychiatrist, patientId, "task.pin"))) return "not-your-patient";
  const [task] = await getDb()
    .select({ id: mindfulnessTasks.id })
    .from(mindfulnessTasks)
    .where(and(eq(mindfulnessTasks.id, taskId), eq(mindfulnessTasks.active, true)))
    .limit(1);
  if (!task) return "no-such-task";
  const [result] = await getDb()
    .insert(patientTasks)
    .ignore()
    .values({ patientId, taskId, pinnedBy: psychiatrist.id });
  if (result.affectedRows === 0) return "already-pinned";
  await recordAudit(psychiatrist, { action: "task.pin", targetType: "task", targetId: taskId, patientId });
  return "pinned";
}

/** Unpins a task from one of the psychiatrist's own patients; false when not theirs or not pinned. */
export async function unpinTask(psychiatrist: Actor, patientId: number, taskId: number): Promise<boolean> {
  if (!(await assignedOrAudited(psychiatrist, patientId, "task.unpin"))) return false;
  const [result] = await getDb()
    .delete(patientTasks)
    .where(and(eq(patientTasks.patientId, patientId), eq(patientTasks.taskId, taskId)));
  if (result.affectedRows === 0) return false;
  await recordAudit(psychiatrist, { action: "task.unpin", targetType: "task", targetId: taskId, patientId });
  return true;
}

/** Active tasks a psychiatrist can pin, by band then title (the library is small and bounded). */
export async function pinnableTasks(limit = 500): Promise<PinnedTask[]> {
  return getDb()
    .select({ id: mindfulnessTasks.id, title: mindfulnessTasks.title, band: mindfulnessTasks.moodBand, durationMinutes: mindfulnessTasks.durationMinutes })
    .from(mindfulnessTasks)
    .where(eq(mindfulnessTasks.active, true))
    .orderBy(asc(mindfulnessTasks.moodBand), asc(mindfulnessTasks.title))
    .limit(limit);
}
