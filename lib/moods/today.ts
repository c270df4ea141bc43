import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dailyMessages, mindfulnessTasks, moodEntries } from "@/db/schema";
import type { LocalDate } from "./local-date";
import { patientToday } from "./patient-today";

export type TodayEntry = {
  id: number;
  mood: number;
  note: string | null;
  minutes: number;
  taskDone: boolean;
  task: { title: string; instructions: string; durationMinutes: number } | null;
  message: string | null;
};

/** The patient's own entry for their local today, with its task and message, or null before check-in. */
export async function todayFor(patientId: number, now = new Date()): Promise<{ date: LocalDate; entry: TodayEntry | null }> {
  const date = await patientToday(patientId, now);
  const [row] = await getDb()
    .select({
      id: moodEntries.id,
      mood: moodEntries.mood,
      note: moodEntries.note,
      minutes: moodEntries.mindfulnessMinutes,
      taskDoneAt: moodEntries.taskDoneAt,
      taskTitle: mindfulnessTasks.title,
      taskInstructions: mindfulnessTasks.instructions,
      taskDuration: mindfulnessTasks.durationMinutes,
      message: dailyMessages.text,
    })
    .from(moodEntries)
    .leftJoin(mindfulnessTasks, eq(mindfulnessTasks.id, moodEntries.taskId))
    .leftJoin(dailyMessages, eq(dailyMessages.id, moodEntries.messageId))
    .where(and(eq(moodEntries.patientId, patientId), eq(moodEntries.entryDate, date)))
    .limit(1);
  if (!row) return { date, entry: null };
  return {
    date,
    entry: {
      id: row.id,
      mood: row.mood,
      note: row.note,
      minutes: row.minutes,
      taskDone: row.taskDoneAt !== null,
      task: row.taskTitle ? { title: row.taskTitle, instructions: row.taskInstructions!, durationMinutes: row.taskDuration! } : null,
      message: row.message,
    },
  };
}
