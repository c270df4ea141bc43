import type { LocalDate } from "@/lib/moods/local-date";
import { daysBetween } from "@/lib/moods/local-date";
import type { MoodBand } from "@/lib/moods/mood-band";

export type TaskOption = { id: number; band: MoodBand };
export type ShownTask = { taskId: number; date: LocalDate };

/**
 * Today's mindfulness task for a mood band: a task the psychiatrist pinned for this patient
 * first (when it suits the band); otherwise the suitable task shown longest ago, never-shown
 * ones first, so any task not seen in the last week wins over one that was. Ties go to the
 * lowest id so the choice is stable. Null only when no active task suits the band.
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

  const pinned = suitable.find((t) => input.pinnedTaskIds.includes(t.id));
  if (pinned) return pinned.id;

  const lastShown = new Map<number, LocalDate>();
  for (const s of input.shown) {
    const previous = lastShown.get(s.taskId);
    if (!previous || s.date > previous) lastShown.set(s.taskId, s.date);
  }
  const daysSince = (id: number) => {
    const date = lastShown.get(id);
    return date === undefined ? Number.POSITIVE_INFINITY : daysBetween(date, input.today);
  };
  return suitable.reduce((best, t) => (daysSince(t.id) > daysSince(best.id) ? t : best)).id;
}
