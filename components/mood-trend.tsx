import type { LocalDate } from "@/lib/moods/local-date";
import { moodOf } from "@/lib/moods/scale";

type Day = { date: LocalDate; mood: number | null };

const weekdayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const weekday = (date: LocalDate) => weekdayFormat.format(new Date(`${date}T00:00:00Z`));

// The bar's colour repeats what its height already says (and the hidden text says in words):
// red for the hard days, amber for Low, green for the rest.
function barColour(mood: number): string {
  if (mood <= 2) return "bg-warn";
  if (mood === 3) return "bg-amber-600";
  return "bg-calm-600";
}

/**
 * A week at a glance for a table cell: one bar a day, taller for a better day, a dashed stub for
 * a day without a check-in. Each day is read out in words ("Mon: Low", "Tue: no check-in").
 */
export function MoodTrend({ days, label }: { days: readonly Day[]; label: string }) {
  return (
    <ol aria-label={label} className="flex items-end gap-1">
      {days.map((day) => {
        const name = weekday(day.date);
        return (
          <li key={day.date} className="flex flex-col items-center gap-0.5">
            <span aria-hidden="true" className="flex h-8 w-2.5 items-end rounded-sm bg-calm-50">
              {day.mood === null ? (
                <span className="h-1.5 w-full rounded-sm border border-dashed border-muted" />
              ) : (
                <span className={`w-full rounded-sm ${barColour(day.mood)}`} style={{ height: `${Math.round((day.mood / 7) * 100)}%` }} />
              )}
            </span>
            <span aria-hidden="true" className="text-[0.65rem] leading-none text-muted">
              {name.slice(0, 1)}
            </span>
            <span className="sr-only">
              {name}: {day.mood === null ? "no check-in" : moodOf(day.mood).word}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
