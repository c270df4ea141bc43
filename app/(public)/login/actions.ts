"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signInSchema } from "@/lib/accounts/schemas";
import { homeForEmail } from "@/lib/auth/home-for-email";
import { safeReturnPath } from "@/lib/auth/homes";
import { signIn } from "@/lib/auth/next-auth";
import { refusalMessage } from "@/lib/auth/sign-in-messages";
import { type ActionResult, failure, formDataToObject, parseInput } from "@/lib/forms/action-result";

export async function signInAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const fields = formDataToObject(form);
  const input = parseInput(signInSchema, fields);
  if (!input.ok) return input;
  try {
    await signIn("credentials", { email: input.data.email, password: input.data.password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return failure(refusalMessage(error.code));
    throw error;
  }
  redirect(safeReturnPath(fields.callbackUrl) ?? (await homeForEmail(input.data.email)));
}
