"use server";

import { redirect } from "next/navigation";
import {
  createDailyMessage,
  deactivateMessage,
  deleteMessage,
  reactivateMessage,
  updateDailyMessage,
} from "@/lib/admin/library/admin-messages";
import { activeNotice, deleteNotice, missingText, saveFailure } from "@/lib/admin/library/library-outcomes";
import { libraryReturnPath, listPath, withNotice } from "@/lib/admin/library/library-view";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, saveOrFailure } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";

async function admin() {
  const me = await requireRole("admin");
  return { id: me.id, ip: await requestAddress() };
}

export async function createMessageAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await admin();
  const saved = await saveOrFailure(() => createDailyMessage(actor, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saveFailure("message", saved.value);
  redirect(withNotice(listPath("message"), "created"));
}

export async function updateMessageAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await admin();
  const messageId = parseId(form.get("messageId"));
  if (messageId === null) return failure(missingText("message"));
  const saved = await saveOrFailure(() => updateDailyMessage(actor, messageId, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saveFailure("message", saved.value);
  redirect(withNotice(listPath("message"), "updated"));
}

/** Deactivate or Reactivate on the list: back to the view it was pressed on, saying what happened. */
async function setActive(form: FormData, active: boolean): Promise<never> {
  const actor = await admin();
  const messageId = parseId(form.get("messageId"));
  const result = messageId === null ? "not-found" : await (active ? reactivateMessage : deactivateMessage)(actor, messageId);
  redirect(withNotice(libraryReturnPath("message", form.get("returnTo")), activeNotice(result, active)));
}

export async function deactivateMessageAction(form: FormData): Promise<void> {
  await setActive(form, false);
}

export async function reactivateMessageAction(form: FormData): Promise<void> {
  await setActive(form, true);
}

/** "Yes, delete it" on a message's delete page; a message patients were given is refused, saying why. */
export async function deleteMessageAction(form: FormData): Promise<void> {
  const actor = await admin();
  const messageId = parseId(form.get("messageId"));
  const result = messageId === null ? "not-found" : await deleteMessage(actor, messageId);
  redirect(withNotice(listPath("message"), deleteNotice(result)));
}
