"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { homeForEmail } from "@/lib/auth/home-for-email";
import { safeReturnPath } from "@/lib/auth/homes";
import { signIn } from "@/lib/auth/next-auth";
import { isCodeRefusal, refusalMessage } from "@/lib/auth/sign-in-messages";
import { signInWithCodeSchema } from "@/lib/auth/two-factor/code-schema";
import { type ActionResult, failure, fieldFailure, formDataToObject, parseInput } from "@/lib/forms/action-result";

export async function signInAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const fields = formDataToObject(form);
  const input = parseInput(signInWithCodeSchema, fields);
  if (!input.ok) return input;
  const { email, password, code } = input.data;
  try {
    await signIn("credentials", { email, password, ...(code ? { code } : {}), redirect: false });
  } catch (error) {
    // The code field's message is what makes the form show that field, keeping email and password.
    if (error instanceof CredentialsSignin && isCodeRefusal(error.code)) return fieldFailure("code", refusalMessage(error.code));
    if (error instanceof CredentialsSignin) return failure(refusalMessage(error.code));
    throw error;
  }
  redirect(safeReturnPath(fields.callbackUrl) ?? (await homeForEmail(email)));
}
