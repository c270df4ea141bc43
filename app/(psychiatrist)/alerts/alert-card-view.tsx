"use client";

// A client component although only its forms are interactive: the alerts page draws 20 cards,
// and as a server component each card's element tree went through React's server payload and
// was read back to make the HTML, the larger part of the page's cost. As a client component only
// the alert's fields travel (docs/performance.md). Dates come written out by the server
// (AlertCard), so the browser's copy matches the HTML whatever its locale data.
import Link from "next/link";
import { type Stamp, Stamped } from "@/components/moment";
import { SECONDARY_BUTTON } from "@/components/forms/secondary-button";
import { MoodFace } from "@/components/mood-face";
import type { AlertStatus, AlertView } from "@/lib/risk/alert-view";
import type { Severity } from "@/lib/risk/rule-kinds";
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
type StepText = { by: string | null; at: Stamp };

/** What a card shows of an alert, with its times and day written out for its reader. */
export type AlertCardData = Pick<AlertView, "id" | "patientId" | "patientName" | "severity" | "reason" | "mood" | "note" | "status"> & {
  /** What raised it, in words (the rule's label). */
  ruleLabel: string;
  /** The raising check-in's day as people say it ("Friday 20 November 2026"). */
  entryDay: string | null;
  /** Whether the patient has since deleted the check-in the alert copied. */
  entryDeleted: boolean;
  createdAt: Stamp;
  escalatedAt: Stamp | null;
  acknowledged: StepText | null;
  resolved: (StepText & { resolution: string }) | null;
};

export type AlertCardProps = {
  alert: AlertCardData;
  /** The screen the buttons come back to: "/alerts" or the patient's page. */
  returnTo: string;
  /** On the patient's own page their name goes without saying: the rule heads the card instead. */
  showPatient?: boolean;
  headingLevel?: 2 | 3;
};

/** The card of an alert (see AlertCard, which writes out its times). */
export function AlertCardView({ alert, returnTo, showPatient = true, headingLevel = 2 }: AlertCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const headingId = `alert-${alert.id}-heading`;
  const rule = alert.ruleLabel;
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
          <Stamped stamp={alert.createdAt} />
        </dd>
        <dt className="text-muted">Acknowledged</dt>
        <dd>
          <Step step={alert.acknowledged} />
        </dd>
        <dt className="text-muted">Resolved</dt>
        <dd>
          <Step step={alert.resolved} />
        </dd>
      </dl>
      {alert.escalatedAt && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-warn">
          Escalated to admins at <Stamped stamp={alert.escalatedAt} />, as it was not acknowledged in time.
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
          <button type="submit" className={SECONDARY_BUTTON}>
            Acknowledge<span className="sr-only"> the alert for {context}</span>
          </button>
        </form>
      )}
      {unresolved && <ResolveForm alertId={alert.id} returnTo={returnTo} context={context} />}
    </article>
  );
}

/** The copy of the check-in the alert keeps, which outlives the check-in itself. */
function RaisingCheckIn({ alert }: { alert: AlertCardData }) {
  if (alert.entryDay === null && alert.mood === null && alert.note === null) return null;
  return (
    <div className="flex flex-col gap-2 rounded-lg bg-calm-50 px-4 py-3">
      <p className="text-sm text-muted">
        {alert.entryDay ? `Check-in of ${alert.entryDay}` : "The check-in"}
        {alert.entryDeleted && " (since deleted by the patient)"}
      </p>
      {alert.mood !== null && <MoodFace mood={alert.mood} />}
      {alert.note ? <p className="whitespace-pre-line break-words">{alert.note}</p> : <p className="text-muted">No note.</p>}
    </div>
  );
}

function Step({ step }: { step: StepText | null }) {
  if (!step) return <span className="text-muted">Not yet</span>;
  return (
    <>
      <Stamped stamp={step.at} /> by {step.by ?? "a former colleague"}
    </>
  );
}
