"use server";

import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/lib/accounts/profile/change-own-password";
import { requireUser } from "@/lib/auth/current-user";
import { signIn } from "@/lib/auth/next-auth";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, formDataToObject, saveOrFailure } from "@/lib/forms/action-result";

/**
 * Changes the signed-in person's password. The change ends every session, this one too, so this
 * browser is signed straight back in with the new password: only the others stay signed out.
 */
export async function changePasswordAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireUser();
  const address = await requestAddress();
  const input = formDataToObject(form);
  const changed = await saveOrFailure(() => changeOwnPassword({ id: me.id, ip: address }, input, address));
  if (!changed.ok) return changed;
  if (!changed.value.ok) return changed.value;
  try {
    await signIn("credentials", { email: changed.value.data!.email, password: input.password, redirect: false });
  } catch (error) {
    // The password is changed either way; signing in with it again is all that is left to do.
    console.error("sign-in after a password change failed", error);
    redirect(`/login?callbackUrl=${encodeURIComponent("/account/password?changed=1")}`);
  }
  redirect("/account/password?changed=1");
}
