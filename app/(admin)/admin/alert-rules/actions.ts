"use server";

import { redirect } from "next/navigation";
import { type PreviewResult, previewRules } from "@/lib/admin/rules/preview-rules";
import { isRuleKind } from "@/lib/admin/rules/rule-input";
import { resetRule, saveRule } from "@/lib/admin/rules/save-rule";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, saveOrFailure } from "@/lib/forms/action-result";
import { alertRulesHref } from "./notice";

const NO_SUCH_RULE = "There is no such alert rule. Reload the page and try again.";

async function adminActor() {
  const me = await requireRole("admin");
  return { id: me.id, ip: await requestAddress() };
}

/** Runs the rules with this one changed over the last 30 days, next to the rules in force. Stores nothing. */
export async function previewRuleAction(_previous: PreviewResult | null, form: FormData): Promise<PreviewResult> {
  const actor = await adminActor();
  const kind = form.get("kind");
  if (!isRuleKind(kind)) return failure(NO_SUCH_RULE);
  const result = await saveOrFailure(() => previewRules(actor, kind, formDataToObject(form)));
  return result.ok ? result.value : failure("We could not run the preview just now. Please try again.");
}

/** Stores a rule's settings for every check-in from now on, then shows the page saying so. */
export async function saveRuleAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await adminActor();
  const kind = form.get("kind");
  if (!isRuleKind(kind)) return failure(NO_SUCH_RULE);
  const saved = await saveOrFailure(() => saveRule(actor, kind, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saved.value;
  redirect(alertRulesHref({ saved: kind }));
}

/** Puts a rule back to the settings MiWell ships with. */
export async function resetRuleAction(form: FormData): Promise<void> {
  const actor = await adminActor();
  const kind = form.get("kind");
  if (isRuleKind(kind)) await resetRule(actor, kind);
  redirect(isRuleKind(kind) ? alertRulesHref({ reset: kind }) : alertRulesHref({}));
}
