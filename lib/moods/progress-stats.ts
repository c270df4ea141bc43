import { addDays, daysBetween, type LocalDate } from "./local-date";
import { MOODS, type MoodValue } from "./scale";

/** The ranges the progress page offers, in days ending today. */
export const RANGE_DAYS = [7, 30, 90, 365] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];
export const DEFAULT_RANGE_DAYS: RangeDays = 30;

/** A range from the query string; anything unexpected falls back to the default, never an error page. */
export function rangeDaysFrom(value: string | string[] | undefined): RangeDays {
  const text = Array.isArray(value) ? value[0] : value;
  return RANGE_DAYS.find((d) => String(d) === text) ?? DEFAULT_RANGE_DAYS;
}

export type DayEntry = { date: LocalDate; mood: number; minutes: number };
/** One calendar day of the range: mood and minutes are null on a day without a check-in. */
export type ProgressDay = { date: LocalDate; mood: number | null; minutes: number | null };
export type FaceCount = { mood: MoodValue; count: number };

export type ProgressStats = {
  from: LocalDate;
  to: LocalDate;
  days: ProgressDay[];
  /** Consecutive days with a check-in, ending today (or yesterday while today is still open). */
  streak: number;
  /** To one decimal; null without entries. */
  averageMood: number | null;
  totalMinutes: number;
  /** Per day checked in, to the nearest minute; null without entries. */
  averageMinutes: number | null;
  /** All seven faces, best to worst, including those never chosen. */
  faceCounts: FaceCount[];
  daysCheckedIn: number;
  daysInRange: number;
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * Consecutive days with a check-in ending `today`; a day not yet checked in does not break the
 * streak, so until the patient checks in it is the run ending yesterday.
 */
export function currentStreak(dates: Iterable<LocalDate>, today: LocalDate): number {
  const checkedIn = new Set(dates);
  let day = checkedIn.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (checkedIn.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

/**
 * The progress page's numbers for the days `from`..`to` (inclusive; `to` is the patient's today)
 * from their entries in that range. Entries outside it are ignored, so the streak counts back no
 * further than `from`: the caller widens it when it reaches that far.
 */
export function progressStats(range: { from: LocalDate; to: LocalDate }, entries: readonly DayEntry[]): ProgressStats {
  const { from, to } = range;
  const daysInRange = daysBetween(from, to) + 1;
  if (daysInRange < 1) throw new RangeError(`empty range ${from}..${to}`);

  const byDate = new Map(entries.filter((e) => e.date >= from && e.date <= to).map((e) => [e.date, e]));
  const days = Array.from({ length: daysInRange }, (_, i): ProgressDay => {
    const date = addDays(from, i);
    const entry = byDate.get(date);
    return { date, mood: entry?.mood ?? null, minutes: entry?.minutes ?? null };
  });

  const inRange = [...byDate.values()];
  const n = inRange.length;
  const totalMinutes = inRange.reduce((sum, e) => sum + e.minutes, 0);
  const moodSum = inRange.reduce((sum, e) => sum + e.mood, 0);

  return {
    from,
    to,
    days,
    streak: currentStreak(byDate.keys(), to),
    averageMood: n ? oneDecimal(moodSum / n) : null,
    totalMinutes,
    averageMinutes: n ? Math.round(totalMinutes / n) : null,
    faceCounts: MOODS.map((m) => ({ mood: m.value, count: inRange.filter((e) => e.mood === m.value).length })),
    daysCheckedIn: n,
    daysInRange,
  };
}

export type WeekSummary = {
  from: LocalDate;
  to: LocalDate;
  averageMood: number | null;
  totalMinutes: number;
  daysCheckedIn: number;
};

/**
 * The days in weeks of seven counted back from the last day, so the newest week is whole and
 * only the oldest may be short: a year's table stays readable at 53 rows instead of 365.
 */
export function weeklySummaries(days: readonly ProgressDay[]): WeekSummary[] {
  const weeks: WeekSummary[] = [];
  for (let end = days.length; end > 0; end -= 7) {
    const week = days.slice(Math.max(0, end - 7), end);
    const moods = week.flatMap((d) => (d.mood === null ? [] : [d.mood]));
    weeks.unshift({
      from: week[0].date,
      to: week[week.length - 1].date,
      averageMood: moods.length ? oneDecimal(moods.reduce((a, b) => a + b, 0) / moods.length) : null,
      totalMinutes: week.reduce((sum, d) => sum + (d.minutes ?? 0), 0),
      daysCheckedIn: moods.length,
    });
  }
  return weeks;
}
