import Link from "next/link";
import { Moment } from "@/components/moment";
import { MoodFace } from "@/components/mood-face";
import { formatDay } from "@/lib/moods/local-date";
import type { AlertStatus, AlertStep, AlertView } from "@/lib/risk/alert-view";
import { RULE_LABELS, type Severity } from "@/lib/risk/rule-kinds";
import { acknowledgeAlertAction } from "./actions";
import { ResolveForm } from "./resolve-form";

// Each badge says its word; the colour only repeats it.
const SEVERITY_BADGES: Record<Severity, { label: string; className: string }> = {
  critical: { label: "Critical", className: "border-warn bg-warn text-white" },
  high: { label: "High", className: "border-warn bg-red-50 text-warn" },
  moderate: { label: "Moderate", className: "border-amber-700 bg-amber-50 text-amber-900" },
};

const STATUS_BADGES: Record<AlertStatus, { label: string; className: string }> = {
  open: { label: "Open", className: "border-warn text-warn" },
  acknowledged: { label: "Acknowledged", className: "border-calm-700 text-calm-800" },
  resolved: { label: "Resolved", className: "border-muted text-muted" },
};

const badge = "inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold";
const secondaryButton = "w-full rounded-md border border-calm-600 px-4 py-2 font-medium text-calm-700 hover:bg-calm-100 sm:w-auto";

type Props = {
  alert: AlertView;
  /** The reader's time zone, for the times of each step. */
  timeZone: string;
  /** The screen the buttons come back to: "/alerts" or the patient's page. */
  returnTo: string;
  /** On the patient's own page their name goes without saying: the rule heads the card instead. */
  showPatient?: boolean;
  headingLevel?: 2 | 3;
};

/**
 * One alert as its psychiatrist acts on it: how severe, about whom, why, what the patient wrote
 * (as text, always), each step with who took it and when, and the next steps while unresolved.
 */
export function AlertCard({ alert, timeZone, returnTo, showPatient = true, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const headingId = `alert-${alert.id}-heading`;
  const rule = RULE_LABELS[alert.rule];
  const context = `${alert.patientName}: ${rule}`;
  const severity = SEVERITY_BADGES[alert.severity];
  const status = STATUS_BADGES[alert.status];
  const unresolved = alert.status !== "resolved";

  return (
    <article id={`alert-${alert.id}`} aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <Heading id={headingId} className="text-lg font-semibold">
          {showPatient ? (
            <>
              <Link href={`/patients/${alert.patientId}`} className="text-calm-700 underline underline-offset-4 hover:text-calm-800">
                {alert.patientName}
              </Link>{" "}
              <span className="block text-base font-medium text-ink">{rule}</span>
            </>
          ) : (
            rule
          )}
        </Heading>
        <p className="flex flex-wrap gap-2">
          <span className={`${badge} ${severity.className}`}>
            <span className="sr-only">Severity: </span>
            {severity.label}
          </span>
          <span className={`${badge} ${status.className}`}>
            <span className="sr-only">Status: </span>
            {status.label}
          </span>
        </p>
      </div>

      <p className="break-words">{alert.reason}</p>
      <RaisingCheckIn alert={alert} />

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Raised</dt>
        <dd>
          <Moment at={alert.createdAt} timeZone={timeZone} />
        </dd>
        <dt className="text-muted">Acknowledged</dt>
        <dd>
          <StepText step={alert.acknowledged} timeZone={timeZone} />
        </dd>
        <dt className="text-muted">Resolved</dt>
        <dd>
          <StepText step={alert.resolved} timeZone={timeZone} />
        </dd>
      </dl>
      {alert.escalatedAt && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-warn">
          Escalated to admins at <Moment at={alert.escalatedAt} timeZone={timeZone} />, as it was not acknowledged in time.
        </p>
      )}
      {alert.resolved && (
        <div className="rounded-lg border-l-4 border-calm-600 bg-calm-50 px-4 py-3">
          <SubHeading className="text-sm font-semibold text-calm-800">What was done</SubHeading>
          <p className="mt-1 whitespace-pre-line break-words">{alert.resolved.resolution}</p>
        </div>
      )}

      {alert.status === "open" && (
        <form action={acknowledgeAlertAction}>
          <input type="hidden" name="alertId" value={alert.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className={secondaryButton}>
            Acknowledge<span className="sr-only"> the alert for {context}</span>
          </button>
        </form>
      )}
      {unresolved && <ResolveForm alertId={alert.id} returnTo={returnTo} context={context} />}
    </article>
  );
}

/** The copy of the check-in the alert keeps, which outlives the check-in itself. */
function RaisingCheckIn({ alert }: { alert: AlertView }) {
  if (alert.entryDate === null && alert.mood === null && alert.note === null) return null;
  return (
    <div className="flex flex-col gap-2 rounded-lg bg-calm-50 px-4 py-3">
      <p className="text-sm text-muted">
        {alert.entryDate ? `Check-in of ${formatDay(alert.entryDate)}` : "The check-in"}
        {alert.entryId === null && " (since deleted by the patient)"}
      </p>
      {alert.mood !== null && <MoodFace mood={alert.mood} />}
      {alert.note ? <p className="whitespace-pre-line break-words">{alert.note}</p> : <p className="text-muted">No note.</p>}
    </div>
  );
}

function StepText({ step, timeZone }: { step: AlertStep | null; timeZone: string }) {
  if (!step) return <span className="text-muted">Not yet</span>;
  return (
    <>
      <Moment at={step.at} timeZone={timeZone} /> by {step.by ?? "a former colleague"}
    </>
  );
}
