import { RULE_LABELS, type RuleKind } from "@/lib/risk/rule-kinds";
import { appUrl } from "../app-url";
import { renderEmail } from "../email-html";

export type EscalationEmailInput = {
  detail: "full" | "minimal";
  escalationHours: number;
  alert: { id: number; rule: RuleKind; reason: string; createdAt: Date };
  patientName: string | null;
  psychiatrist: { name: string; email: string; phone: string } | null;
};

/** To every admin when an alert has waited past the deadline without anyone acknowledging it. */
export function escalationEmail(input: EscalationEmailInput): { subject: string; text: string; html: string } {
  const { alert, psychiatrist, detail } = input;
  const waited = `An at-risk alert raised at ${alert.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC has not been acknowledged within ${input.escalationHours} hours.`;
  if (detail === "minimal") {
    return {
      subject: "ESCALATED: an at-risk alert has not been acknowledged",
      ...renderEmail([{ paragraph: waited }, { paragraph: "Please make sure someone acts on it now." }, { link: ["Open MiWell", appUrl("/admin")] }]),
    };
  }
  return {
    subject: `ESCALATED: alert for ${input.patientName ?? "a patient"} not acknowledged`.slice(0, 200),
    ...renderEmail([
      { paragraph: waited },
      {
        facts: [
          ["Patient", input.patientName ?? "(account deleted)"],
          [RULE_LABELS[alert.rule], alert.reason],
          ["Psychiatrist", psychiatrist ? `${psychiatrist.name}, ${psychiatrist.phone}, ${psychiatrist.email}` : "(none)"],
        ],
      },
      { paragraph: "Please reach the psychiatrist, or make sure someone else acts on it now." },
      { link: ["Open MiWell", appUrl("/admin")] },
    ]),
  };
}
