import type { CSSProperties } from "react";
import type { LocalDate } from "@/lib/moods/local-date";
import { moodOf } from "@/lib/moods/scale";

/** A day of the trend, with its weekday's short name ("Mon") already written by the server. */
export type TrendDayText = { date: LocalDate; weekday: string; mood: number | null };

// The bar's colour repeats what its height already says (and the hidden text says in words):
// red for the hard days, amber for Low, green for the rest. The bars are drawn by globals.css.
function band(mood: number): string {
  if (mood <= 2) return "trend-hard";
  if (mood === 3) return "trend-low";
  return "trend-fair";
}

/**
 * A week at a glance for a table cell: one bar a day, taller for a better day, a dashed outline
 * for a day without a check-in. Each day is read out in words ("Mon: Low", "Tue: no check-in").
 * A caseload page draws 25 of these, so each day is one element and a line of text.
 */
export function MoodTrend({ days, label }: { days: readonly TrendDayText[]; label: string }) {
  return (
    <ol aria-label={label} className="flex items-end gap-1">
      {days.map((day) => {
        const drawn =
          day.mood === null
            ? { className: "trend-day trend-none" }
            : { className: `trend-day ${band(day.mood)}`, style: { "--level": `${Math.round((day.mood / 7) * 100)}%` } as CSSProperties };
        return (
          <li key={day.date} {...drawn}>
            <span aria-hidden="true">{day.weekday.slice(0, 1)}</span>
            <span className="sr-only">{`${day.weekday}: ${day.mood === null ? "no check-in" : moodOf(day.mood).word}`}</span>
          </li>
        );
      })}
    </ol>
  );
}
