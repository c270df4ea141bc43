import { RULE_KINDS, SEVERITIES, type RuleHit, type Severity } from "@/lib/risk/rule-kinds";

/** Most severe first; hits of equal severity keep the order admins see the rules in. */
export function bySeverity<H extends Pick<RuleHit, "rule" | "severity">>(hits: readonly H[]): H[] {
  return [...hits].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || RULE_KINDS.indexOf(a.rule) - RULE_KINDS.indexOf(b.rule),
  );
}

/** An assessment's severity is that of its most severe hit; null when no rule fired. */
export function overallSeverity(hits: readonly RuleHit[]): Severity | null {
  return bySeverity(hits)[0]?.severity ?? null;
}
