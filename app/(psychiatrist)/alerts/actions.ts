"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { acknowledgeAlert, ALERT_STEP_REFUSED, resolveAlert } from "@/lib/risk/alert-steps";
import { type AlertNotice, alertReturnPath, withAlertNotice } from "@/lib/risk/alert-return-path";
import { resolutionSchema } from "@/lib/risk/resolution-schema";

/**
 * Back to the screen the step was taken on (`returnTo`), saying what happened. The header's
 * alert count lives in the root layout, which a redirect alone leaves as it was: refresh() has
 * the browser fetch it again.
 */
function backTo(form: FormData, notice: AlertNotice): never {
  refresh();
  redirect(withAlertNotice(alertReturnPath(form.get("returnTo")), notice));
}

async function me() {
  const user = await requireRole("psychiatrist");
  return { id: user.id, ip: await requestAddress() };
}

/** Acknowledges an open alert about one of the caller's patients. */
export async function acknowledgeAlertAction(form: FormData): Promise<void> {
  const actor = await me();
  const alertId = parseId(form.get("alertId"));
  const result = alertId === null ? null : await acknowledgeAlert(actor, alertId);
  if (!result?.ok) backTo(form, "not-found");
  backTo(form, result.changed ? "acknowledged" : "already-acknowledged");
}

/** Resolves an alert about one of the caller's patients with a note of what was done. */
export async function resolveAlertAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await me();
  const alertId = parseId(form.get("alertId"));
  if (alertId === null) return failure(ALERT_STEP_REFUSED["not-found"]);
  const input = parseInput(resolutionSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => resolveAlert(actor, alertId, input.data.resolution));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return failure(ALERT_STEP_REFUSED[saved.value.reason]);
  backTo(form, saved.value.changed ? "resolved" : "already-resolved");
}
