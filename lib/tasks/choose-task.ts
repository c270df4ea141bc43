import type { LocalDate } from "@/lib/moods/local-date";
import { daysBetween } from "@/lib/moods/local-date";
import type { MoodBand } from "@/lib/moods/mood-band";

export type TaskOption = { id: number; band: MoodBand };
export type ShownTask = { taskId: number; date: LocalDate };

/**
 * Today's mindfulness task for a mood band: the tasks the psychiatrist pinned for this patient
 * come first (those that suit the band); among them, or among all suitable tasks when none is
 * pinned, the one shown longest ago wins, never-shown first, so a task not seen in the last
 * week beats one that was and several pins take turns. Ties go to the lowest id so the choice
 * is stable. Null only when no active task suits the band.
 */
export function chooseTask(input: {
  band: MoodBand;
  today: LocalDate;
  tasks: readonly TaskOption[];
  pinnedTaskIds: readonly number[];
  shown: readonly ShownTask[];
}): number | null {
  const suitable = input.tasks.filter((t) => t.band === input.band).sort((a, b) => a.id - b.id);
  if (suitable.length === 0) return null;

  const pinned = suitable.filter((t) => input.pinnedTaskIds.includes(t.id));
  const candidates = pinned.length > 0 ? pinned : suitable;

  const lastShown = new Map<number, LocalDate>();
  for (const s of input.shown) {
    const previous = lastShown.get(s.taskId);
    if (!previous || s.date > previous) lastShown.set(s.taskId, s.date);
  }
  const daysSince = (id: number) => {
    const date = lastShown.get(id);
    return date === undefined ? Number.POSITIVE_INFINITY : daysBetween(date, input.today);
  };
  return candidates.reduce((best, t) => (daysSince(t.id) > daysSince(best.id) ? t : best)).id;
}
