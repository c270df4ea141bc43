"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";
import { parseEntryId } from "@/lib/moods/entry-id";
import { markReviewed } from "@/lib/review/mark-reviewed";
import { EDIT_REFUSED, editReply, REPLY_REFUSED, replyToEntry } from "@/lib/review/replies";
import { replySchema } from "@/lib/review/reply-schema";
import { replyReturnPath } from "@/lib/review/return-path";

/**
 * Redirects back with a status. The header's review count lives in the root layout, which a
 * redirect alone leaves as it was: refresh() has the browser fetch it again.
 */
function backTo(path: string): never {
  refresh();
  redirect(path);
}

async function me() {
  const user = await requireRole("psychiatrist");
  return { id: user.id, ip: await requestAddress() };
}

/**
 * Replies to an entry (or edits the caller's reply to it) and marks it reviewed, then goes back
 * to the screen named by `returnTo` (the queue, or the patient's page).
 */
export async function replyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await me();
  const entryId = parseEntryId(form.get("entryId"));
  if (entryId === null) return failure(REPLY_REFUSED["not-found"]);
  const input = parseInput(replySchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => replyToEntry(actor, entryId, input.data.text));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return failure(REPLY_REFUSED[saved.value.reason]);
  backTo(`${replyReturnPath(form.get("returnTo"))}?replied=1`);
}

/** Edits a reply the caller wrote, while the patient is still theirs; returns as replyAction does. */
export async function editReplyAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const actor = await me();
  // A reply id is written and checked like an entry id.
  const replyId = parseEntryId(form.get("replyId"));
  if (replyId === null) return failure(EDIT_REFUSED["not-found"]);
  const input = parseInput(replySchema, formDataToObject(form));
  if (!input.ok) return input;
  const saved = await saveOrFailure(() => editReply(actor, replyId, input.data.text));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return failure(EDIT_REFUSED[saved.value.reason]);
  backTo(`${replyReturnPath(form.get("returnTo"))}?edited=1`);
}

/** Marks one entry reviewed without a reply. */
export async function markReviewedAction(form: FormData): Promise<void> {
  const actor = await me();
  const entryId = parseEntryId(form.get("entryId"));
  const marked = entryId === null ? 0 : await markReviewed(actor, [entryId]);
  backTo(`/review?reviewed=${marked}`);
}

/** Marks every entry the page showed (its hidden ids) reviewed; ids not the caller's are ignored. */
export async function markAllShownReviewedAction(form: FormData): Promise<void> {
  const actor = await me();
  const entryIds = form
    .getAll("entryId")
    .map(parseEntryId)
    .filter((id): id is number => id !== null);
  const marked = await markReviewed(actor, entryIds);
  backTo(`/review?reviewed=${marked}`);
}
