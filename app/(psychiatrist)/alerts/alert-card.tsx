import { stampOf } from "@/components/moment";
import { formatDay } from "@/lib/moods/local-date";
import type { AlertStep, AlertView } from "@/lib/risk/alert-view";
import { RULE_LABELS } from "@/lib/risk/rule-kinds";
import { type AlertCardData, type AlertCardProps, AlertCardView } from "./alert-card-view";

type Props = Omit<AlertCardProps, "alert"> & {
  alert: AlertView;
  /** The reader's time zone, for the times of each step. */
  timeZone: string;
};

/** What the browser is sent of an alert: what its card shows, times and day written out in the reader's zone. */
function cardData(alert: AlertView, timeZone: string): AlertCardData {
  const step = (s: AlertStep) => ({ by: s.by, at: stampOf(s.at, timeZone) });
  const { id, patientId, patientName, severity, reason, mood, note, status } = alert;
  return {
    id,
    patientId,
    patientName,
    severity,
    reason,
    mood,
    note,
    status,
    ruleLabel: RULE_LABELS[alert.rule],
    entryDay: alert.entryDate && formatDay(alert.entryDate),
    entryDeleted: alert.entryId === null,
    createdAt: stampOf(alert.createdAt, timeZone),
    escalatedAt: alert.escalatedAt && stampOf(alert.escalatedAt, timeZone),
    acknowledged: alert.acknowledged && step(alert.acknowledged),
    resolved: alert.resolved && { ...step(alert.resolved), resolution: alert.resolved.resolution },
  };
}

/**
 * One alert as its psychiatrist acts on it: how severe, about whom, why, what the patient wrote
 * (as text, always), each step with who took it and when, and the next steps while unresolved.
 */
export function AlertCard({ alert, timeZone, ...rest }: Props) {
  return <AlertCardView alert={cardData(alert, timeZone)} {...rest} />;
}
