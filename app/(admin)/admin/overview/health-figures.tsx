import { formatDuration } from "@/lib/admin/health/format-duration";
import type { ServiceHealth } from "@/lib/admin/health/service-health";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** One figure: what it counts, the number, and what to make of it. A warning says so in words too. */
function Figure(props: { label: string; value: string; note: string; warn?: boolean }) {
  const { label, value, note, warn = false } = props;
  return (
    <div className={`flex flex-col gap-1 rounded-xl border bg-white p-4 ${warn ? "border-warn" : "border-calm-200"}`}>
      <dt className="font-medium">{label}</dt>
      <dd className={`text-3xl font-semibold tabular-nums ${warn ? "text-warn" : "text-calm-800"}`}>{value}</dd>
      <dd className="text-sm text-muted">{note}</dd>
    </div>
  );
}

/** Check-ins, alerts and how quickly alerts are acknowledged, as four figures. */
export function HealthFigures({ health, windowDays }: { health: ServiceHealth; windowDays: number }) {
  const { alerts, acknowledgement } = health;
  const escalated = alerts.escalatedUnacknowledged;
  return (
    <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      <Figure
        label="Check-ins in the last 24 hours"
        value={String(health.checkInsLastDay)}
        note="A rolling day: patients' own days start at different times."
      />
      <Figure label="Unresolved alerts" value={String(alerts.unresolved)} note="Open or acknowledged, not yet resolved." />
      <Figure
        label="Escalated, not acknowledged"
        value={String(escalated)}
        warn={escalated > 0}
        note={escalated > 0 ? "Needs attention: past the deadline with nobody acknowledging. Reach the psychiatrist." : "No alert is waiting past the deadline."}
      />
      <Figure
        label="Median time to acknowledge"
        value={acknowledgement.medianMs === null ? "None yet" : formatDuration(acknowledgement.medianMs)}
        note={`Alerts raised in the last ${windowDays} days: ${plural(acknowledgement.acknowledged, "acknowledged alert")}, ${acknowledgement.waiting} still waiting.`}
      />
    </dl>
  );
}
