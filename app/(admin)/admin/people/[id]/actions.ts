"use server";

import { redirect } from "next/navigation";
import { disableAccount, enableAccount } from "@/lib/admin/people/account-status";
import { movePatient } from "@/lib/admin/people/move-patient";
import { moveSchema } from "@/lib/admin/people/move-schema";
import { type ChangeResult, noticeText, outcomeHref, refused } from "@/lib/admin/people/people-outcomes";
import { removeAccount } from "@/lib/admin/people/remove-account";
import type { Actor } from "@/lib/audit/record-audit";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, fieldFailure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";

async function adminActor(): Promise<Actor> {
  const me = await requireRole("admin");
  return { id: me.id, ip: await requestAddress() };
}

/** Makes a confirmed change to the account named by `userId`, then goes back saying what happened. */
async function change(form: FormData, run: (actor: Actor, userId: number) => Promise<ChangeResult>): Promise<never> {
  const actor = await adminActor();
  const userId = parseId(form.get("userId"));
  redirect(outcomeHref(userId, userId === null ? refused("not-found") : await run(actor, userId)));
}

/** Disables an account (a psychiatrist's patients are spread over the others). */
export async function disableAccountAction(form: FormData): Promise<void> {
  await change(form, disableAccount);
}

/** Enables a disabled account again. */
export async function enableAccountAction(form: FormData): Promise<void> {
  await change(form, enableAccount);
}

/** Removes a psychiatrist's or admin's account for good (a psychiatrist's patients spread first). */
export async function removeAccountAction(form: FormData): Promise<void> {
  await change(form, removeAccount);
}

/** Moves a patient to the psychiatrist chosen in the form. */
export async function movePatientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await adminActor();
  const patientId = parseId(form.get("patientId"));
  if (patientId === null) return failure(noticeText("not-found"));
  const input = parseInput(moveSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => movePatient(actor, patientId, input.data.psychiatristId));
  if (!saved.ok) return saved;
  const result = saved.value;
  if (!result.ok) {
    return result.reason === "psychiatrist-unavailable" ? fieldFailure("psychiatristId", noticeText(result.reason)) : failure(noticeText(result.reason));
  }
  redirect(outcomeHref(patientId, result));
}
