import { Moment } from "@/components/moment";
import { NO_ONE, OutcomeBadge, Person, Target } from "./audit-cells";
import type { AuditListProps } from "./audit-table";

/** One page of the trail on a phone: a card per row, so nothing scrolls sideways. */
export function AuditCards({ rows, timeZone, label }: AuditListProps) {
  return (
    <ul aria-label={label} className="flex flex-col gap-3 sm:hidden">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-2 rounded-lg border border-calm-200 bg-white p-4 text-sm">
          <div className="flex items-start justify-between gap-3">
            <span className="font-mono break-all">{row.action}</span>
            <OutcomeBadge outcome={row.outcome} />
          </div>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
            <dt className="text-muted">Time</dt>
            <dd>
              <Moment at={row.at} timeZone={timeZone} />
            </dd>
            <dt className="text-muted">Who</dt>
            <dd className="wrap-break-word">
              <Person person={row.actor} none={NO_ONE} withRole />
            </dd>
            <dt className="text-muted">Target</dt>
            <dd className="wrap-break-word">
              <Target target={row.target} />
            </dd>
            <dt className="text-muted">Patient</dt>
            <dd className="wrap-break-word">
              <Person person={row.patient} none="–" />
            </dd>
            <dt className="text-muted">Address</dt>
            <dd className="break-all">{row.ip ?? <span className="text-muted">–</span>}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
