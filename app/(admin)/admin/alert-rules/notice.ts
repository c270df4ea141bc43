import { isRuleKind } from "@/lib/admin/rules/rule-input";
import type { RuleKind } from "@/lib/risk/rule-kinds";

export type RuleNotice = { kind: RuleKind; what: "saved" | "reset" };

/** The page after a save or reset, scrolled to the rule that changed. */
export function alertRulesHref(change: { saved?: RuleKind; reset?: RuleKind }): string {
  if (change.saved) return `/admin/alert-rules?saved=${change.saved}#rule-${change.saved}`;
  if (change.reset) return `/admin/alert-rules?reset=${change.reset}#rule-${change.reset}`;
  return "/admin/alert-rules";
}

/** What the last step did, read back from the address (anything else there is ignored). */
export function ruleNoticeFrom(params: { saved?: string; reset?: string }): RuleNotice | null {
  if (isRuleKind(params.saved)) return { kind: params.saved, what: "saved" };
  if (isRuleKind(params.reset)) return { kind: params.reset, what: "reset" };
  return null;
}
