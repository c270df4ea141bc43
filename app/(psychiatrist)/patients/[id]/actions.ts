"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { pinTask, unpinTask } from "@/lib/tasks/pins";

// Ids come from the form, so both are checked again in lib: the patient must be the caller's.
async function readIds(form: FormData) {
  const me = await requireRole("psychiatrist");
  return {
    actor: { id: me.id, ip: await requestAddress() },
    patientId: parseId(form.get("patientId")),
    taskId: parseId(form.get("taskId")),
  };
}

export async function pinTaskAction(form: FormData): Promise<void> {
  const { actor, patientId, taskId } = await readIds(form);
  if (patientId === null) redirect("/caseload");
  const outcome = taskId === null ? "no-such-task" : await pinTask(actor, patientId, taskId);
  redirect(outcome === "not-your-patient" ? "/caseload" : `/patients/${patientId}?pin=${outcome}#tasks`);
}

export async function unpinTaskAction(form: FormData): Promise<void> {
  const { actor, patientId, taskId } = await readIds(form);
  if (patientId === null) redirect("/caseload");
  const unpinned = taskId !== null && (await unpinTask(actor, patientId, taskId));
  redirect(`/patients/${patientId}?pin=${unpinned ? "unpinned" : "not-pinned"}#tasks`);
}
