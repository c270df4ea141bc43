import { formatDay, type LocalDate } from "@/lib/moods/local-date";
import { moodOf } from "@/lib/moods/scale";
import { RULE_LABELS, type RuleKind, type Severity } from "@/lib/risk/rule-kinds";
import { appUrl } from "../app-url";
import { renderEmail, type EmailBlock } from "../email-html";
import { type AlertEmailInput, patientContactFacts } from "./alert-email";

export type HandedOverAlert = {
  rule: RuleKind;
  severity: Severity;
  reason: string;
  status: "open" | "acknowledged";
  entryDate: LocalDate | null;
  mood: number | null;
  note: string | null;
};

export type HandoverEmailInput = Pick<AlertEmailInput, "detail" | "patient"> & {
  /** Unresolved, most severe first. */
  alerts: readonly HandedOverAlert[];
};

function alertBlocks(alert: HandedOverAlert): EmailBlock[] {
  const when = alert.entryDate ? ` (${formatDay(alert.entryDate)})` : "";
  const blocks: EmailBlock[] = [{ facts: [[`${RULE_LABELS[alert.rule]}${when}`, `${alert.reason} Severity ${alert.severity}, ${alert.status}.`]] }];
  if (alert.entryDate && alert.mood !== null) {
    const mood = moodOf(alert.mood);
    blocks.push({ quote: `${mood.face} ${mood.word}: ${alert.note?.trim() ? alert.note : "(no message)"}` });
  }
  return blocks;
}

/**
 * To a psychiatrist who has just been given a patient with unresolved alerts (their previous
 * psychiatrist left or was disabled, or an admin moved them): the alert email they would have
 * had at the time went to someone else, so nobody at risk is left unnoticed in the move.
 */
export function handoverEmail(input: HandoverEmailInput): { subject: string; text: string; html: string } {
  const { patient, alerts, detail } = input;
  const count = alerts.length === 1 ? "an unresolved at-risk alert" : `${alerts.length} unresolved at-risk alerts`;
  if (detail === "minimal") {
    return {
      subject: "URGENT: a patient with an at-risk alert is now yours in MiWell",
      ...renderEmail([
        { paragraph: `A patient with ${count} has just been moved to you in MiWell. Please sign in and review it now.` },
        { link: ["Open your alerts", appUrl("/alerts")] },
      ]),
    };
  }
  return {
    subject: `URGENT: ${patient.name} is now your patient, with ${count}`.slice(0, 200),
    ...renderEmail([
      { paragraph: `${patient.name} has just been moved to you in MiWell and has ${count}. Their previous psychiatrist may not have seen to it.` },
      ...alerts.flatMap(alertBlocks),
      patientContactFacts(patient),
      { link: [`Open ${patient.name}'s record`, appUrl(`/patients/${patient.id}`)] },
      { link: ["Open your alerts", appUrl("/alerts")] },
    ]),
  };
}
