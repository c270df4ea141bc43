"use server";

import { redirect } from "next/navigation";
import { registerPatient } from "@/lib/accounts/register-patient";
import { registerPsychiatrist } from "@/lib/accounts/register-psychiatrist";
import { patientRegistrationSchema, psychiatristRegistrationSchema } from "@/lib/accounts/schemas";
import { signInNewAccount } from "@/lib/auth/sign-in-new-account";
import { REGISTRATION_LIMITED, takeRegistrationAttempt } from "@/lib/accounts/registration-limit";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, parseInput } from "@/lib/forms/action-result";

export async function registerPatientAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = parseInput(patientRegistrationSchema, formDataToObject(form));
  if (!input.ok) return input;
  if (!(await takeRegistrationAttempt(await requestAddress()))) return failure(REGISTRATION_LIMITED);
  const result = await registerPatient(input.data);
  if (!result.ok) return result;
  redirect(await signInNewAccount(input.data.email, input.data.password, "/today"));
}

export async function registerPsychiatristAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = parseInput(psychiatristRegistrationSchema, formDataToObject(form));
  if (!input.ok) return input;
  if (!(await takeRegistrationAttempt(await requestAddress()))) return failure(REGISTRATION_LIMITED);
  const result = await registerPsychiatrist(input.data);
  if (!result.ok) return result;
  redirect(await signInNewAccount(input.data.email, input.data.password, "/awaiting-approval"));
}
