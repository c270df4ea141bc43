import type { LocalDate } from "@/lib/moods/local-date";
import { weeklySummaries, type ProgressDay } from "@/lib/moods/progress-stats";
import { MOODS, moodOf } from "@/lib/moods/scale";
import { MoodFace } from "./mood-face";

// Server-rendered SVG, no client JavaScript. The plot stretches to any width
// (preserveAspectRatio="none") while strokes and dots keep their size on screen
// (non-scaling-stroke; a dot is a zero-length path with round caps). The labels are HTML
// placed by percentage, so they stay legible at 360 px instead of shrinking with the drawing.

/** One point on the x axis: a day, or for a year a week (its average mood, its total minutes). */
type Slot = { date: LocalDate; mood: number | null; minutes: number };

const PAD = 7; // % of the plot's height kept clear above Great and below Distressed, for the dots
const moodY = (mood: number) => PAD + ((7 - mood) * (100 - 2 * PAD)) / 6;
const round = (n: number) => Math.round(n * 100) / 100;

const asDate = (date: LocalDate) => new Date(`${date}T00:00:00Z`);
const formatter = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...options });
const dayMonth = formatter({ day: "numeric", month: "short" });
const weekdayFormat = formatter({ weekday: "short" });
const tableFormat = formatter({ weekday: "short", day: "numeric", month: "short" });
// A no-break space keeps "21 Nov" whole when a narrow table column wraps.
const shortDate = (date: LocalDate) => dayMonth.format(asDate(date)).replace(" ", "\u00a0");
const weekday = (date: LocalDate) => weekdayFormat.format(asDate(date));
const tableDate = (date: LocalDate) => tableFormat.format(asDate(date));
/** "15–21 Nov", or "27 Sept – 3 Oct" across months: at most two short lines in a phone's table. */
const weekDates = (from: LocalDate, to: LocalDate) =>
  from === to ? shortDate(to) : from.slice(0, 7) === to.slice(0, 7) ? `${Number(from.slice(8))}–${shortDate(to)}` : `${shortDate(from)} – ${shortDate(to)}`;

// A day of 365 is under a pixel wide on a phone: a year is drawn, and tabled, by the week.
const byWeek = (days: readonly ProgressDay[]) => days.length > 90;

function slotsOf(days: readonly ProgressDay[]): Slot[] {
  if (!byWeek(days)) return days.map((d) => ({ date: d.date, mood: d.mood, minutes: d.minutes ?? 0 }));
  return weeklySummaries(days).map((w) => ({ date: w.to, mood: w.averageMood, minutes: w.totalMinutes }));
}

/** Runs of consecutive check-ins: a line joins the slots within a run, never across a gap. */
function runs(slots: readonly Slot[]): { index: number; mood: number }[][] {
  const result: { index: number; mood: number }[][] = [];
  let current: { index: number; mood: number }[] = [];
  slots.forEach((slot, index) => {
    if (slot.mood === null) {
      if (current.length) result.push(current);
      current = [];
    } else current.push({ index, mood: slot.mood });
  });
  if (current.length) result.push(current);
  return result;
}

type Tick = { index: number; label: string; left: number; align: string; wideOnly: boolean };

/** Each weekday for a week; otherwise five dates (three on a phone), the last one today. */
function ticks(slots: readonly Slot[]): Tick[] {
  const n = slots.length;
  const last = n - 1;
  const label = (index: number, format: (d: LocalDate) => string) => (index === last ? "Today" : format(slots[index].date));
  if (n <= 7) {
    return slots.map((_, index) => ({ index, label: label(index, weekday), left: ((index + 0.5) / n) * 100, align: "-translate-x-1/2", wideOnly: false }));
  }
  return [0, 1, 2, 3, 4].map((k) => {
    const index = Math.round((k * last) / 4);
    // The end labels sit inside the plot so they never overflow a narrow screen.
    const [left, align] = k === 0 ? [0, ""] : k === 4 ? [100, "-translate-x-full"] : [((index + 0.5) / n) * 100, "-translate-x-1/2"];
    return { index, label: label(index, shortDate), left, align, wideOnly: k % 2 === 1 };
  });
}

const wordNear = (average: number) => moodOf(Math.round(average)).word;

function moodSummary(days: readonly ProgressDay[], rangeLabel: string, averageMood: number | null): string {
  const moods = days.flatMap((d) => (d.mood === null ? [] : [d.mood]));
  if (!moods.length || averageMood === null) return `Mood chart for ${rangeLabel}: no check-ins yet.`;
  return (
    `Mood chart for ${rangeLabel}${byWeek(days) ? ", by week" : ""}: ${moods.length} check-in${moods.length === 1 ? "" : "s"} in ${days.length} days, ` +
    `averaging ${averageMood} out of 7 (about ${wordNear(averageMood)}); ` +
    `best ${moodOf(Math.max(...moods)).word}, hardest ${moodOf(Math.min(...moods)).word}.`
  );
}

function minutesSummary(days: readonly ProgressDay[], rangeLabel: string): string {
  const minutes = days.map((d) => d.minutes ?? 0);
  const total = minutes.reduce((a, b) => a + b, 0);
  if (!total) return `Mindfulness minutes for ${rangeLabel}: none recorded.`;
  const practised = minutes.filter((m) => m > 0).length;
  return `Mindfulness minutes for ${rangeLabel}: ${total} in total over ${practised} days, at most ${Math.max(...minutes)} in a day.`;
}

export function MoodChart(props: {
  days: readonly ProgressDay[];
  averageMood: number | null;
  rangeLabel: string;
  /** The id of the heading that names the chart. */
  headingId: string;
}) {
  const { days, averageMood, rangeLabel, headingId } = props;
  const slots = slotsOf(days);
  const n = slots.length;
  const x = (index: number) => round(index + 0.5);
  const minutesTop = Math.ceil(Math.max(10, ...slots.map((s) => s.minutes)) / 10) * 10;
  // Stroke widths in screen pixels (CSS overrides the attribute), smaller on a phone.
  const dot = n <= 31 ? "[stroke-width:8] sm:[stroke-width:10]" : "[stroke-width:4] sm:[stroke-width:6]";
  const line = n <= 31 ? "[stroke-width:2] sm:[stroke-width:2.5]" : "[stroke-width:1.5] sm:[stroke-width:2]";
  const barWidth = n > 31 ? 0.9 : 0.6;

  return (
    <figure aria-labelledby={headingId} className="rounded-lg border border-calm-200 bg-white p-3 sm:p-5">
      <div className="grid grid-cols-[5.25rem_1fr] gap-x-1.5 sm:grid-cols-[7rem_1fr] sm:gap-x-3">
        <div aria-hidden="true" className="relative h-56 text-xs sm:h-72 sm:text-sm">
          {MOODS.map((m) => (
            <span key={m.value} className="absolute right-0 flex -translate-y-1/2 items-center gap-1 whitespace-nowrap" style={{ top: `${moodY(m.value)}%` }}>
              <span className="emoji text-sm sm:text-base">{m.face}</span>
              {m.word}
            </span>
          ))}
        </div>
        <div className="relative h-56 sm:h-72">
          <svg role="img" aria-label={moodSummary(days, rangeLabel, averageMood)} viewBox={`0 0 ${n} 100`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full overflow-visible">
            {MOODS.map((m) => (
              <line key={m.value} x1={0} x2={n} y1={moodY(m.value)} y2={moodY(m.value)} className="stroke-calm-100" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            ))}
            {runs(slots).map((run) => (
              <g key={run[0].index}>
                {run.length > 1 && (
                  <path
                    d={run.map((p, i) => `${i ? "L" : "M"}${x(p.index)} ${round(moodY(p.mood))}`).join(" ")}
                    fill="none"
                    className={`stroke-calm-600 ${line}`}
                    strokeLinejoin="round"
                    vectorEffect="non-scaling-stroke"
                  />
                )}
                <path d={run.map((p) => `M${x(p.index)} ${round(moodY(p.mood))}h0`).join(" ")} className={`stroke-calm-800 ${dot}`} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
              </g>
            ))}
          </svg>
          {averageMood === null && (
            <p className="absolute inset-0 flex items-center justify-center p-2 text-center">
              <span className="rounded-md bg-white px-3 py-2 text-muted">No check-ins in these days yet.</span>
            </p>
          )}
        </div>

        <span aria-hidden="true" />
        <p aria-hidden="true" className="mt-4 text-xs text-muted sm:text-sm">
          Mindfulness minutes {byWeek(days) ? "each week" : "each day"}
        </p>
        <div aria-hidden="true" className="relative mt-2 h-12 text-xs text-muted sm:text-sm">
          <span className="absolute right-0 top-0 -translate-y-1/2">{minutesTop} min</span>
          <span className="absolute bottom-0 right-0 translate-y-1/2">0</span>
        </div>
        <div className="relative mt-2 h-12">
          <svg role="img" aria-label={minutesSummary(days, rangeLabel)} viewBox={`0 0 ${n} 100`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
            <line x1={0} x2={n} y1={100} y2={100} className="stroke-calm-200" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            {slots.map((s, i) =>
              s.minutes ? (
                <rect key={s.date} x={i + (1 - barWidth) / 2} width={barWidth} y={100 - (s.minutes / minutesTop) * 100} height={(s.minutes / minutesTop) * 100} className="fill-calm-200" />
              ) : null,
            )}
          </svg>
        </div>

        <span aria-hidden="true" />
        <div aria-hidden="true" className="relative mt-1.5 h-5 text-xs text-muted sm:text-sm">
          {ticks(slots).map((t) => (
            <span key={t.index} className={`absolute whitespace-nowrap ${t.align} ${t.wideOnly ? "hidden sm:block" : ""}`} style={{ left: `${t.left}%` }}>
              {t.label}
            </span>
          ))}
        </div>
      </div>
      <ChartTable days={days} />
    </figure>
  );
}

/** The chart's text alternative: every day, or for a year one row a week. */
function ChartTable({ days }: { days: readonly ProgressDay[] }) {
  const cell = "border-b border-calm-100 px-2 py-2 first:pl-0 last:pr-0 sm:px-3";
  const head = `${cell} text-left font-semibold`;
  const rowHead = `${cell} text-left font-normal`;
  return (
    <details className="mt-4 border-t border-calm-100 pt-3">
      <summary className="cursor-pointer font-medium text-calm-700">{byWeek(days) ? "Show each week as a table" : "Show each day as a table"}</summary>
      <div className="mt-3 overflow-x-auto">
        {byWeek(days) ? (
          <table className="w-full text-sm">
            <caption className="sr-only">Your weeks, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className={head}>Week</th>
                <th scope="col" className={head}>Average mood</th>
                <th scope="col" className={head}>Days</th>
                <th scope="col" className={head}>Minutes</th>
              </tr>
            </thead>
            <tbody>
              {weeklySummaries(days)
                .reverse()
                .map((w) => (
                  <tr key={w.from}>
                    <th scope="row" className={rowHead}>
                      {weekDates(w.from, w.to)}
                    </th>
                    <td className={cell}>
                      {w.averageMood === null ? (
                        <span className="text-muted">No check-ins</span>
                      ) : (
                        <>
                          <MoodFace mood={Math.round(w.averageMood)} size="sm" /> <span className="text-muted">({w.averageMood})</span>
                        </>
                      )}
                    </td>
                    <td className={cell}>{w.daysCheckedIn}</td>
                    <td className={cell}>{w.totalMinutes}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Your days, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className={head}>Day</th>
                <th scope="col" className={head}>Mood</th>
                <th scope="col" className={head}>Minutes</th>
              </tr>
            </thead>
            <tbody>
              {[...days].reverse().map((d) => (
                <tr key={d.date}>
                  <th scope="row" className={rowHead}>
                    {tableDate(d.date)}
                  </th>
                  <td className={cell}>{d.mood === null ? <span className="text-muted">No check-in</span> : <MoodFace mood={d.mood} size="sm" />}</td>
                  <td className={cell}>{d.minutes ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}
