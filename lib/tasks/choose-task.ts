import type { LocalDate } from "@/lib/moods/local-date";
import type { MoodBand } from "@/lib/moods/mood-band";
import { leastRecentlyShown } from "@/lib/rotation/least-recently-shown";

export type TaskOption = { id: number; band: MoodBand };
export type ShownTask = { taskId: number; date: LocalDate };

/**
 * Today's mindfulness task for a mood band: the tasks the psychiatrist pinned for this patient
 * come first (those that suit the band); among them, or among all suitable tasks when none is
 * pinned, the one shown longest ago wins, never-shown first, so a task not seen in the last
 * week beats one that was and several pins take turns. Ties go to the lowest id so the choice
 * is stable. Showings dated after `today` are not history yet. Null only when no active task
 * suits the band.
 */
export function chooseTask(input: {
  band: MoodBand;
  today: LocalDate;
  tasks: readonly TaskOption[];
  pinnedTaskIds: readonly number[];
  shown: readonly ShownTask[];
}): number | null {
  const suitable = input.tasks.filter((t) => t.band === input.band).map((t) => t.id);
  const pinned = suitable.filter((id) => input.pinnedTaskIds.includes(id));
  return leastRecentlyShown(
    pinned.length > 0 ? pinned : suitable,
    input.shown.filter((s) => s.date <= input.today).map((s) => ({ id: s.taskId, date: s.date })),
  );
}
