import { Moment } from "@/components/moment";
import type { AuditRow } from "@/lib/admin/audit/audit-trail";
import { NO_ONE, OutcomeBadge, Person, Target } from "./audit-cells";

const cell = "border-b border-calm-100 px-3 py-2 align-top";

export type AuditListProps = { rows: AuditRow[]; timeZone: string; label: string };

/** One page of the trail on a wider screen, in a box that scrolls on its own if it must. */
export function AuditTable({ rows, timeZone, label }: AuditListProps) {
  return (
    <div role="region" aria-labelledby="audit-caption" tabIndex={0} className="hidden overflow-x-auto rounded-lg border border-calm-200 bg-white sm:block">
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <caption id="audit-caption" className="sr-only">
          {label}
        </caption>
        <thead className="whitespace-nowrap">
          <tr>
            {["Time", "Who", "Action", "Outcome", "Target", "Patient", "Address"].map((heading) => (
              <th key={heading} scope="col" className={`${cell} font-semibold`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <Moment at={row.at} timeZone={timeZone} />
              </td>
              <td className={`${cell} min-w-36`}>
                <Person person={row.actor} none={NO_ONE} withRole />
              </td>
              <th scope="row" className={`${cell} font-mono font-normal whitespace-nowrap`}>
                {row.action}
              </th>
              <td className={cell}>
                <OutcomeBadge outcome={row.outcome} />
              </td>
              <td className={`${cell} min-w-28`}>
                <Target target={row.target} />
              </td>
              <td className={`${cell} min-w-36`}>
                <Person person={row.patient} none="–" />
              </td>
              <td className={`${cell} whitespace-nowrap`}>{row.ip ?? <span className="text-muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
