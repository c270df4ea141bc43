"use client";

// A client component although nothing in it is interactive: a caseload page draws 25 of these
// rows, and as a server component each row's whole element tree went through React's server
// payload and was read back to make the HTML, which cost more than the rest of the page. As a
// client component only the row's figures travel (docs/performance.md). Text that depends on the
// runtime's locale data (dates, weekdays) is written by the server, so the browser's copy matches.
import Link from "next/link";
import { MoodFace } from "@/components/mood-face";
import { MoodTrend, type TrendDayText } from "@/components/mood-trend";
import { SILENT_DAYS_AT_LEAST, attentionReasons } from "@/lib/caseload/caseload-attention";
import type { LocalDate } from "@/lib/moods/local-date";
import { CASELOAD_NAME_CELL } from "./name-cell";

export type PatientRowData = {
  id: number;
  name: string;
  /** `label` is the date as shown ("Fri 20 Nov"). */
  lastCheckIn: { date: LocalDate; label: string; mood: number } | null;
  trend: TrendDayText[];
  unreviewed: number;
  unreviewedLow: number;
  unresolvedAlerts: number;
  daysSinceCheckIn: number | null;
};

function silenceText(days: number | null): string {
  if (days === null) return "Never checked in";
  if (days === 0) return "Today";
  return `${days} day${days === 1 ? "" : "s"}`;
}

export function PatientRow({ row }: { row: PatientRowData }) {
  const reasons = attentionReasons(row);
  return (
    <tr>
      <th scope="row" className={`${CASELOAD_NAME_CELL} font-medium`}>
        <Link href={`/patients/${row.id}`} className="text-calm-700 underline underline-offset-2 hover:text-calm-800">
          {row.name}
        </Link>
      </th>
      <td>
        {row.unresolvedAlerts > 0 ? (
          <span className="inline-block whitespace-nowrap rounded-full border border-warn bg-warn px-2 py-0.5 text-xs font-semibold text-white">
            Requires assistance
          </span>
        ) : reasons.length > 0 ? (
          <span className="inline-block whitespace-nowrap rounded-full border border-warn bg-red-50 px-2 py-0.5 text-xs font-semibold text-warn">
            Needs attention
          </span>
        ) : (
          <span className="text-muted">–</span>
        )}
      </td>
      <td className="whitespace-nowrap">
        {row.lastCheckIn ? (
          <span className="flex flex-col gap-0.5">
            <time dateTime={row.lastCheckIn.date}>{row.lastCheckIn.label}</time>
            <MoodFace mood={row.lastCheckIn.mood} size="sm" />
          </span>
        ) : (
          <span className="text-muted">None yet</span>
        )}
      </td>
      <td>
        <MoodTrend days={row.trend} label={`Last 7 days for ${row.name}`} />
      </td>
      <td className="whitespace-nowrap">
        {row.unreviewed}
        {row.unreviewedLow > 0 && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 font-semibold text-warn">{row.unreviewedLow} low</span>}
      </td>
      <td>{row.unresolvedAlerts > 0 ? <span className="font-semibold text-warn">{row.unresolvedAlerts}</span> : row.unresolvedAlerts}</td>
      <td className="whitespace-nowrap">
        <span className={row.daysSinceCheckIn === null || row.daysSinceCheckIn >= SILENT_DAYS_AT_LEAST ? "font-semibold text-warn" : ""}>{silenceText(row.daysSinceCheckIn)}</span>
      </td>
    </tr>
  );
}
