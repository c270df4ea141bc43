"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import {
  type ActionResult,
  failure,
  formDataToObject,
  parseInput,
  saveOrFailure,
  unlessDatabaseAway,
} from "@/lib/forms/action-result";
import { checkInSchema } from "@/lib/moods/check-in-schema";
import { ENTRY_NOT_FOUND, parseEntryId } from "@/lib/moods/entry-id";
import { checkInToday, editEntry } from "@/lib/moods/save-entry";
import { markTaskDone } from "@/lib/tasks/mark-done";

/**
 * Today's check-in. The edit form names the entry it opened, so an edit sent after midnight
 * still changes that entry rather than starting the new day with it.
 */
export async function checkInAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const caller = await unlessDatabaseAway(() => requireRole("patient"));
  if (!caller.ok) return caller;
  const me = caller.value;
  const entryId = form.has("entryId") ? parseEntryId(form.get("entryId")) : undefined;
  if (entryId === null) return failure(ENTRY_NOT_FOUND);
  const input = parseInput(checkInSchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() =>
    entryId === undefined ? checkInToday(me.id, input.data) : editEntry(me.id, entryId, input.data),
  );
  if (!saved.ok) return saved;
  if (saved.value === null) return failure(ENTRY_NOT_FOUND);
  redirect("/today?saved=1");
}

/** Marks a task done. Someone else's entry id changes nothing: the update is scoped to the caller. */
export async function markTaskDoneAction(form: FormData): Promise<void> {
  const me = await requireRole("patient");
  const entryId = parseEntryId(form.get("entryId"));
  if (entryId !== null) await markTaskDone(me.id, entryId);
  redirect("/today");
}
