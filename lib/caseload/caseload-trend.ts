import { addDays, type LocalDate } from "@/lib/moods/local-date";

export const TREND_DAYS = 7;

/** One of the last seven days in the patient's own calendar; mood null when they did not check in. */
export type TrendDay = { date: LocalDate; mood: number | null };

/** The seven days ending on the patient's today, oldest first, each with that day's mood if any. */
export function sevenDayTrend(today: LocalDate, moodsByDate: ReadonlyMap<LocalDate, number>): TrendDay[] {
  return Array.from({ length: TREND_DAYS }, (_, i) => {
    const date = addDays(today, i - (TREND_DAYS - 1));
    return { date, mood: moodsByDate.get(date) ?? null };
  });
}

/**
 * The dates that hold every listed patient's last seven days. Patients' todays differ by their
 * time zones (by at most a day either side of UTC's), so one range read covers them all.
 */
export function trendRange(todays: readonly LocalDate[]): { from: LocalDate; to: LocalDate } | null {
  if (todays.length === 0) return null;
  const sorted = [...todays].sort();
  return { from: addDays(sorted[0], -(TREND_DAYS - 1)), to: sorted[sorted.length - 1] };
}
