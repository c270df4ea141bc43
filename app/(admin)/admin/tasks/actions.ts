"use server";

import { redirect } from "next/navigation";
import {
  createLibraryTask,
  deactivateTask,
  deleteTask,
  reactivateTask,
  updateLibraryTask,
} from "@/lib/admin/library/admin-tasks";
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

export async function createTaskAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await admin();
  const saved = await saveOrFailure(() => createLibraryTask(actor, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saveFailure("task", saved.value);
  redirect(withNotice(listPath("task"), "created"));
}

export async function updateTaskAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await admin();
  const taskId = parseId(form.get("taskId"));
  if (taskId === null) return failure(missingText("task"));
  const saved = await saveOrFailure(() => updateLibraryTask(actor, taskId, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saveFailure("task", saved.value);
  redirect(withNotice(listPath("task"), "updated"));
}

/** Deactivate or Reactivate on the list: back to the view it was pressed on, saying what happened. */
async function setActive(form: FormData, active: boolean): Promise<never> {
  const actor = await admin();
  const taskId = parseId(form.get("taskId"));
  const result = taskId === null ? "not-found" : await (active ? reactivateTask : deactivateTask)(actor, taskId);
  redirect(withNotice(libraryReturnPath("task", form.get("returnTo")), activeNotice(result, active)));
}

export async function deactivateTaskAction(form: FormData): Promise<void> {
  await setActive(form, false);
}

export async function reactivateTaskAction(form: FormData): Promise<void> {
  await setActive(form, true);
}

/** "Yes, delete it" on a task's delete page; a task patients were given is refused, saying why. */
export async function deleteTaskAction(form: FormData): Promise<void> {
  const actor = await admin();
  const taskId = parseId(form.get("taskId"));
  const result = taskId === null ? "not-found" : await deleteTask(actor, taskId);
  redirect(withNotice(listPath("task"), deleteNotice(result)));
}
