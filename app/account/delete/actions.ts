"use server";

import { deleteAccountSchema } from "@/lib/accounts/deletion/delete-account-schema";
import { deleteOwnAccount } from "@/lib/accounts/deletion/delete-own-account";
import { DELETION_REFUSED } from "@/lib/accounts/deletion/deletion-messages";
import { requireUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { requestAddress } from "@/lib/auth/request-address";
import { passwordCheckMessage } from "@/lib/auth/sign-in-messages";
import { type ActionResult, failure, fieldFailure, formDataToObject, parseInput, saveOrFailure } from "@/lib/forms/action-result";

/** Deletes the signed-in user's own account once their password is confirmed, then signs the browser out. */
export async function deleteAccountAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireUser();
  const input = parseInput(deleteAccountSchema, formDataToObject(form));
  if (!input.ok) return input;
  const address = await requestAddress();
  const deleted = await saveOrFailure(() => deleteOwnAccount({ id: me.id, ip: address }, input.data.password, address));
  if (!deleted.ok) return deleted;
  const result = deleted.value;
  if (!result.ok) {
    if (result.reason === "wrong-password") return fieldFailure("password", passwordCheckMessage({ reason: "wrong" }));
    if (result.reason === "locked") return fieldFailure("password", passwordCheckMessage(result));
    return failure(DELETION_REFUSED[result.reason]);
  }
  // The session's account is gone; the cookie goes too, and the browser lands on the confirmation.
  await signOut({ redirectTo: "/account-deleted" });
  return { ok: true };
}
