"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { signIn } from "@/lib/auth/next-auth";
import { requestAddress } from "@/lib/auth/request-address";
import { disableTwoFactor, enableTwoFactor, regenerateRecoveryCodes } from "@/lib/auth/two-factor/manage-two-factor";
import { type ActionResult, formDataToObject, saveOrFailure } from "@/lib/forms/action-result";

type Codes = ActionResult<{ recoveryCodes: string[] }>;
type Change<T> = (actor: { id: number; ip: string }, input: unknown, address: string) => Promise<ActionResult<T>>;

/** Runs a change for the signed-in person; a failure of the database keeps the form as typed. */
async function changeForMe<T>(change: Change<T>, form: FormData): Promise<ActionResult<T>> {
  const me = await requireUser();
  const address = await requestAddress();
  const done = await saveOrFailure(() => change({ id: me.id, ip: address }, formDataToObject(form), address));
  return done.ok ? done.value : done;
}

/** Turns two-factor sign-in on; the answer carries the recovery codes, shown this once. */
export async function enableTwoFactorAction(_previous: ActionResult | null, form: FormData): Promise<Codes> {
  return changeForMe(enableTwoFactor, form);
}

/** New recovery codes in place of the old; shown this once. */
export async function regenerateRecoveryCodesAction(_previous: ActionResult | null, form: FormData): Promise<Codes> {
  return changeForMe(regenerateRecoveryCodes, form);
}

/**
 * Turns two-factor sign-in off. That ends every session, this one too, so this browser is
 * signed straight back in with the password just typed: only the others stay signed out.
 */
export async function disableTwoFactorAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const done = await changeForMe(disableTwoFactor, form);
  if (!done.ok) return done;
  const after = "/account/two-factor?off=1";
  try {
    await signIn("credentials", { email: done.data!.email, password: form.get("password"), redirect: false });
  } catch (error) {
    console.error("sign-in after turning two-factor sign-in off failed", error);
    redirect(`/login?callbackUrl=${encodeURIComponent(after)}`);
  }
  redirect(after);
}
