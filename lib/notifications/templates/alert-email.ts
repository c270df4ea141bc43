import { formatDay, type LocalDate } from "@/lib/moods/local-date";
import { moodOf } from "@/lib/moods/scale";
import { RULE_LABELS, type RuleHit } from "@/lib/risk/rule-kinds";
import { appUrl } from "../app-url";
import { renderEmail, type EmailBlock } from "../email-html";

export type AlertEmailInput = {
  detail: "full" | "minimal";
  escalationHours: number;
  patient: {
    id: number;
    name: string;
    email: string;
    phone: string;
    emergencyContactName: string | null;
    emergencyContactPhone: string | null;
  };
  /** The entry that raised the alerts; null for silence, which no entry raises. */
  entry: { date: LocalDate; mood: number; note: string | null } | null;
  /** What opened, most severe first. */
  hits: readonly RuleHit[];
};

/** How to reach the patient, as every email about an alert gives it. */
export function patientContactFacts(patient: AlertEmailInput["patient"]): EmailBlock {
  const emergency = [patient.emergencyContactName, patient.emergencyContactPhone].filter(Boolean);
  return {
    facts: [
      ["Phone", patient.phone],
      ["Email", patient.email],
      ["Emergency contact", emergency.length > 0 ? emergency.join(", ") : "None given"],
    ],
  };
}

/**
 * The email a psychiatrist gets the moment an alert opens. In full, it carries what they need to
 * act without signing in first (the words that raised it, how to reach the patient); the minimal
 * form, for services whose policy keeps health details out of email, carries only a link.
 */
export function alertEmail(input: AlertEmailInput): { subject: string; text: string; html: string } {
  const { patient, entry, hits, detail } = input;
  const severity = hits[0]?.severity ?? "high";
  const deadline = `Alerts not acknowledged within ${input.escalationHours} hours are escalated to the service's admins.`;
  if (detail === "minimal") {
    return {
      subject: `URGENT: a MiWell patient may be at risk`,
      ...renderEmail([
        { paragraph: "One of your patients has a new at-risk alert in MiWell. Please sign in and review it now." },
        { link: ["Open your alerts", appUrl("/alerts")] },
        { paragraph: deadline },
      ]),
    };
  }
  const blocks: EmailBlock[] = [
    {
      paragraph: entry
        ? `${patient.name}'s check-in for ${formatDay(entry.date)} raised ${hits.length === 1 ? "an alert" : `${hits.length} alerts`} (severity: ${severity}).`
        : `${patient.name} has gone quiet (severity: ${severity}).`,
    },
  ];
  if (entry) {
    const mood = moodOf(entry.mood);
    blocks.push({ paragraph: "What they wrote:" }, { quote: entry.note?.trim() ? entry.note : "(no message)" });
    blocks.push({ facts: [["Mood", `${mood.face} ${mood.word}`]] });
  }
  blocks.push({ facts: hits.map((hit) => [RULE_LABELS[hit.rule], hit.reason] as [string, string]) });
  blocks.push(patientContactFacts(patient));
  blocks.push({ link: [`Open ${patient.name}'s record`, appUrl(`/patients/${patient.id}`)] });
  blocks.push({ link: ["Acknowledge the alert", appUrl("/alerts")] });
  blocks.push({ paragraph: deadline });
  const rules = hits.map((hit) => RULE_LABELS[hit.rule].toLowerCase()).join(", ");
  return { subject: `URGENT: ${patient.name} may be at risk (${rules})`.slice(0, 200), ...renderEmail(blocks) };
}
