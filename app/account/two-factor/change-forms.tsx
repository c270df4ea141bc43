"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { confirmTwoFactorSchema } from "@/lib/auth/two-factor/code-schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { disableTwoFactorAction, regenerateRecoveryCodesAction } from "./actions";
import { PasswordAndCodeFields } from "./password-and-code-fields";
import { RecoveryCodesList } from "./recovery-codes-list";

const CLEAR_ON_FAILURE = ["code" as const, "password" as const];
const CODE_HINT = "The 6 digits your app shows for MiWell now, or one of your recovery codes (which is then used up)";

type FormAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** A form that asks for the password and a code, then runs the change. */
function useConfirmForm(action: FormAction) {
  return useServerForm(confirmTwoFactorSchema, action, { password: "", code: "" }, { clearOnFailure: CLEAR_ON_FAILURE });
}

export function RecoveryCodesForm({ continueHref }: { continueHref: string }) {
  // The answer carries the new codes; the form itself needs only ok or not.
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending, state } = useConfirmForm(regenerateRecoveryCodesAction as FormAction);
  const done = state?.ok ? (state as ActionResult<{ recoveryCodes: string[] }>) : null;
  if (done?.ok) return <RecoveryCodesList codes={done.data!.recoveryCodes} heading="Your new recovery codes" continueHref={continueHref} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PasswordAndCodeFields code={{ registration: form.register("code"), error: errorFor("code") }} password={{ registration: form.register("password"), error: errorFor("password") }} codeHint={CODE_HINT} />
      <SubmitButton pending={pending}>Make new recovery codes</SubmitButton>
    </form>
  );
}

export function DisableForm() {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useConfirmForm(disableTwoFactorAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PasswordAndCodeFields code={{ registration: form.register("code"), error: errorFor("code") }} password={{ registration: form.register("password"), error: errorFor("password") }} codeHint={CODE_HINT} />
      <SubmitButton pending={pending}>Turn off two-factor sign-in</SubmitButton>
    </form>
  );
}
