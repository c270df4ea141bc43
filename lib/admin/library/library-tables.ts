import { dailyMessages, mindfulnessTasks, moodEntries, patientTasks } from "@/db/schema";
import type { LibraryKind } from "./library-view";

/**
 * Each library's table, and the columns that record a patient being given one of its items: a
 * check-in that showed it, or (for tasks) a psychiatrist's pin. An item with any of these is
 * part of someone's history, so it is deactivated rather than deleted.
 */
export const LIBRARY_TABLES = {
  task: { table: mindfulnessTasks, shownIn: moodEntries.taskId, pinnedIn: patientTasks.taskId },
  message: { table: dailyMessages, shownIn: moodEntries.messageId, pinnedIn: null },
} as const satisfies Record<LibraryKind, unknown>;
