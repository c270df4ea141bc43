// Builders for the admin library tests: patients having been given tasks and messages, written
// straight into their history as a check-in or a psychiatrist's pin leaves it.
import { getDb } from "@/db/client";
import { moodEntries, patientTasks } from "@/db/schema";

/** A check-in on `date` that showed the patient this task and/or message. */
export async function shownOn(patientId: number, date: string, shown: { taskId?: number; messageId?: number }): Promise<number> {
  const [{ id }] = await getDb()
    .insert(moodEntries)
    .values({ patientId, entryDate: date, mood: 4, taskId: shown.taskId ?? null, messageId: shown.messageId ?? null })
    .$returningId();
  return id;
}

/** A task pinned for the patient by their psychiatrist. */
export async function pinnedFor(patientId: number, taskId: number): Promise<void> {
  await getDb().insert(patientTasks).values({ patientId, taskId });
}
