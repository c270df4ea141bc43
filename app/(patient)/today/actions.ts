"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { type ActionResult, formDataToObject, parseInput } from "@/lib/forms/action-result";
import { checkInSchema } from "@/lib/moods/check-in-schema";
import { parseEntryId } from "@/lib/moods/entry-id";
import { checkInToday } from "@/lib/moods/save-entry";
import { markTaskDone } from "@/lib/tasks/mark-done";

export async function checkInAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireRole("patient");
  const input = parseInput(checkInSchema, formDataToObject(form));
  if (!input.ok) return input;
  await checkInToday(me.id, input.data);
  redirect("/today?saved=1");
}

/** Marks today's task done. Someone else's entry id changes nothing: the update is scoped to the caller. */
export async function markTaskDoneAction(form: FormData): Promise<void> {
  const me = await requireRole("patient");
  const entryId = parseEntryId(form.get("entryId"));
  if (entryId !== null) await markTaskDone(me.id, entryId);
  redirect("/today");
}
