"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { updateOwnProfile } from "@/lib/accounts/profile/update-own-profile";
import { requireUser } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, formDataToObject, saveOrFailure } from "@/lib/forms/action-result";

/**
 * Saves the signed-in person's details, then shows the page saying so. The form is checked with
 * the schema of the role the account has in the database, which the lib function reads itself.
 */
export async function saveProfileAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireUser();
  const actor = { id: me.id, ip: await requestAddress() };
  const saved = await saveOrFailure(() => updateOwnProfile(actor, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saved.value;
  // The header names the person and lives in the root layout, which a redirect alone leaves as it was.
  refresh();
  redirect("/account?saved=1");
}
