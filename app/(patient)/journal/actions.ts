"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { type ActionResult, failure, formDataToObject, parseInput } from "@/lib/forms/action-result";
import { checkInSchema } from "@/lib/moods/check-in-schema";
import { parseEntryId } from "@/lib/moods/entry-id";
import { deleteEntry, editEntry } from "@/lib/moods/save-entry";

const NOT_YOURS = "That entry could not be found.";

export async function editEntryAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireRole("patient");
  const entryId = parseEntryId(form.get("entryId"));
  if (entryId === null) return failure(NOT_YOURS);
  const input = parseInput(checkInSchema, formDataToObject(form));
  if (!input.ok) return input;
  if (!(await editEntry(me.id, entryId, input.data))) return failure(NOT_YOURS);
  redirect("/journal?edited=1");
}

/** Deletes one of the caller's own entries; someone else's id deletes nothing. */
export async function deleteEntryAction(form: FormData): Promise<void> {
  const me = await requireRole("patient");
  const entryId = parseEntryId(form.get("entryId"));
  const deleted = entryId !== null && (await deleteEntry(me.id, entryId));
  redirect(deleted ? "/journal?deleted=1" : "/journal");
}
