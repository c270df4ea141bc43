import { and, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { moodEntries, moodEntryRevisions } from "@/db/schema";
import { isDuplicateKey } from "@/lib/db/mysql-errors";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { pickMessage } from "@/lib/messages/pick-message";
import { cancelReminder } from "@/lib/notifications/cancel-reminder";
import { wakeOutbox } from "@/lib/notifications/wake";
import { raiseEntryAlerts } from "@/lib/risk/raise-entry-alerts";
import { pickTask } from "@/lib/tasks/pick-task";
import type { CheckIn } from "./check-in-schema";
import type { LocalDate } from "./local-date";
import { patientToday } from "./patient-today";
import { moodBand } from "./mood-band";

export type SavedEntry = {
  entryId: number;
  entryDate: LocalDate;
  created: boolean;
  changed: boolean;
  /** Alerts this save opened; their psychiatrist's email is already queued. */
  alertIds: number[];
};

type EntryRow = typeof moodEntries.$inferSelect;

/**
 * Today's check-in: the first of the patient's local day creates the entry (with the day's task
 * and message), any later one edits it. The unique (patient, day) index is the guarantee; when
 * two submits race, the loser's insert fails on it and it retries as an edit.
 */
export async function checkInToday(patientId: number, input: CheckIn, now = new Date()): Promise<SavedEntry> {
  const today = await patientToday(patientId, now);
  const saved = await retryTransaction(
    () =>
      getDb().transaction(
        async (tx) => {
          const [existing] = await tx
            .select()
            .from(moodEntries)
            .where(and(eq(moodEntries.patientId, patientId), eq(moodEntries.entryDate, today)))
            .for("update");
          if (existing) {
            const changed = await revise(tx, existing, input, today);
            const alertIds = changed ? await raiseAlerts(tx, existing, input) : [];
            return { entryId: existing.id, entryDate: today, created: false, changed, alertIds };
          }
          const taskId = await pickTask(tx, patientId, moodBand(input.mood), today);
          const messageId = await pickMessage(tx, patientId);
          const [{ id }] = await tx
            .insert(moodEntries)
            .values({ patientId, entryDate: today, mood: input.mood, note: input.note, mindfulnessMinutes: input.minutes, taskId, messageId })
            .$returningId();
          await cancelReminder(tx, patientId, today);
          const alertIds = await raiseAlerts(tx, { id, patientId, entryDate: today }, input);
          return { entryId: id, entryDate: today, created: true, changed: true, alertIds };
        },
        // READ COMMITTED: the empty SELECT takes no gap lock, so racing inserts meet at the
        // unique index (one wins, the other retries as an edit) instead of deadlocking.
        { isolationLevel: "read committed" },
      ),
    (error) => isDuplicateKey(error, "mood_entries_patient_date"),
  );
  return afterCommit(saved);
}

/** Edits one of the patient's own entries; null when it is not theirs (or does not exist). */
export async function editEntry(patientId: number, entryId: number, input: CheckIn, now = new Date()): Promise<SavedEntry | null> {
  const today = await patientToday(patientId, now);
  const saved = await getDb().transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(moodEntries)
      .where(and(eq(moodEntries.id, entryId), eq(moodEntries.patientId, patientId)))
      .for("update");
    if (!existing) return null;
    const changed = await revise(tx, existing, input, today);
    const alertIds = changed ? await raiseAlerts(tx, existing, input) : [];
    return { entryId: existing.id, entryDate: existing.entryDate, created: false, changed, alertIds };
  });
  return saved && afterCommit(saved);
}

/** The rules run on what was just written, in the same transaction as the write. */
function raiseAlerts(tx: Transaction, entry: Pick<EntryRow, "id" | "patientId" | "entryDate">, input: CheckIn): Promise<number[]> {
  return raiseEntryAlerts(tx, { id: entry.id, patientId: entry.patientId, date: entry.entryDate, mood: input.mood, note: input.note });
}

/** Urgent mail is sent the moment it is committed, not at the worker's next poll. */
function afterCommit(saved: SavedEntry): SavedEntry {
  if (saved.alertIds.length > 0) wakeOutbox();
  return saved;
}

/** Deletes one of the patient's own entries (and its revisions); false when it is not theirs. */
export async function deleteEntry(patientId: number, entryId: number): Promise<boolean> {
  const [result] = await getDb()
    .delete(moodEntries)
    .where(and(eq(moodEntries.id, entryId), eq(moodEntries.patientId, patientId)));
  return result.affectedRows === 1;
}

/**
 * Keeps the values being replaced as a revision, then writes the new ones and marks the entry
 * unreviewed. Today's task is
 * kept while it still suits the mood; if the edit moves today's mood to another band, the task
 * is chosen again so it fits how the patient now feels. Past entries keep the task they showed.
 */
async function revise(tx: Transaction, existing: EntryRow, input: CheckIn, today: LocalDate): Promise<boolean> {
  const unchanged =
    existing.mood === input.mood && existing.note === input.note && existing.mindfulnessMinutes === input.minutes;
  if (unchanged) return false;
  await tx.insert(moodEntryRevisions).values({
    entryId: existing.id,
    mood: existing.mood,
    note: existing.note,
    mindfulnessMinutes: existing.mindfulnessMinutes,
  });
  const rechoose = existing.entryDate === today && moodBand(existing.mood) !== moodBand(input.mood);
  const taskId = rechoose ? await pickTask(tx, existing.patientId, moodBand(input.mood), today) : existing.taskId;
  await tx
    .update(moodEntries)
    .set({
      mood: input.mood,
      note: input.note,
      mindfulnessMinutes: input.minutes,
      taskId,
      taskDoneAt: taskId === existing.taskId ? existing.taskDoneAt : null,
      // A changed entry is new to the psychiatrist: it goes back to their review queue.
      reviewedAt: null,
      reviewedBy: null,
      updatedAt: new Date(),
    })
    .where(eq(moodEntries.id, existing.id));
  return true;
}
