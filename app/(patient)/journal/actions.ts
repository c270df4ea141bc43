"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { type ActionResult, failure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";
import { checkInSchema } from "@/lib/moods/check-in-schema";
import { ENTRY_NOT_FOUND, parseEntryId } from "@/lib/moods/entry-id";
import { needsCrisisSupport } from "@/lib/moods/mood-band";
import { deleteEntry, editEntry } from "@/lib/moods/save-entry";

export async function editEntryAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireRole("patient");
  const entryId = parseEntryId(form.get("entryId"));
  if (entryId === null) return failure(ENTRY_NOT_FOUND);
  const input = parseInput(checkInSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => editEntry(me.id, entryId, input.data));
  if (!saved.ok) return saved;
  if (saved.value === null) return failure(ENTRY_NOT_FOUND);
  // Recording a hard day, even after the fact, brings the crisis helplines up first.
  const support = needsCrisisSupport(input.data.mood) ? "&support=1" : "";
  redirect(`/journal?${saved.value.changed ? "edited" : "unchanged"}=1${support}`);
}

/** Deletes one of the caller's own entries; someone else's id deletes nothing. */
export async function deleteEntryAction(form: FormData): Promise<void> {
  const me = await requireRole("patient");
  const entryId = parseEntryId(form.get("entryId"));
  const deleted = entryId !== null && (await deleteEntry(me.id, entryId));
  redirect(deleted ? "/journal?deleted=1" : "/journal");
}
