import { addDays, type LocalDate } from "@/lib/moods/local-date";
import type { HistoryDay } from "@/lib/risk/rule-kinds";

/**
 * A patient's moods by calendar day. History may come in any order; when one date appears twice the
 * later item wins, as a second check-in on a day edits the first.
 */
export function moodsByDate(history: readonly HistoryDay[]): Map<LocalDate, number> {
  return new Map(history.map((day) => [day.date, day.mood]));
}

/** The moods recorded on the `days` calendar days that end the day before `date`, oldest first. */
export function moodsInDaysBefore(moods: ReadonlyMap<LocalDate, number>, date: LocalDate, days: number): number[] {
  const found: number[] = [];
  for (let back = days; back >= 1; back--) {
    const mood = moods.get(addDays(date, -back));
    if (mood !== undefined) found.push(mood);
  }
  return found;
}
