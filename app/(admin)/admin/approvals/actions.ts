"use server";

import { redirect } from "next/navigation";
import { approveApplication } from "@/lib/admin/approvals/approve-application";
import { approvalsWithNotice, DECISION_NOTICES } from "@/lib/admin/approvals/decision-notices";
import { rejectApplication, type RejectOutcome } from "@/lib/admin/approvals/reject-application";
import { REJECTION_REASON_MESSAGE, rejectionSchema } from "@/lib/admin/approvals/rejection-schema";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, type Failure, failure, fieldFailure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";

async function adminActor() {
  const me = await requireRole("admin");
  return { id: me.id, ip: await requestAddress() };
}

/** Approves a waiting psychiatrist, then back to the approvals page saying what happened. */
export async function approveApplicationAction(form: FormData): Promise<void> {
  const actor = await adminActor();
  const userId = parseId(form.get("userId"));
  redirect(approvalsWithNotice(userId === null ? "not-waiting" : await approveApplication(actor, userId)));
}

// A refused rejection stays in its form with the reason typed, saying why.
const REJECT_REFUSALS: Record<Exclude<RejectOutcome, "rejected">, Failure> = {
  "already-approved": failure(DECISION_NOTICES["already-approved"]),
  disabled: failure(DECISION_NOTICES.disabled),
  "not-waiting": failure(DECISION_NOTICES["not-waiting"]),
  refused: failure(DECISION_NOTICES.refused),
  "invalid-reason": fieldFailure("reason", REJECTION_REASON_MESSAGE),
};

/** Rejects a waiting psychiatrist's application with a reason that is emailed to them. */
export async function rejectApplicationAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await adminActor();
  const userId = parseId(form.get("userId"));
  if (userId === null) return REJECT_REFUSALS["not-waiting"];
  const input = parseInput(rejectionSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => rejectApplication(actor, userId, input.data.reason));
  if (!saved.ok) return saved;
  if (saved.value !== "rejected") return REJECT_REFUSALS[saved.value];
  redirect(approvalsWithNotice("rejected"));
}
