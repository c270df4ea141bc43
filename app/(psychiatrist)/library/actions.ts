"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";
import { parseId } from "@/lib/forms/parse-id";
import { createTask, updateOwnTask } from "@/lib/tasks/manage-tasks";
import { taskSchema } from "@/lib/tasks/task-schema";

const NOT_YOURS = "Only the psychiatrist who wrote a task can change it.";

async function staffActor() {
  const me = await requireRole("psychiatrist");
  return { id: me.id, ip: await requestAddress() };
}

export async function createTaskAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await staffActor();
  const input = parseInput(taskSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => createTask(actor, input.data));
  if (!saved.ok) return saved;
  redirect("/library?saved=1");
}

export async function updateTaskAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await staffActor();
  const taskId = parseId(form.get("taskId"));
  if (taskId === null) return failure(NOT_YOURS);
  const input = parseInput(taskSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => updateOwnTask(actor, taskId, input.data));
  if (!saved.ok) return saved;
  if (!saved.value) return failure(NOT_YOURS);
  redirect("/library?saved=1");
}
