"use client";

import { PasswordPairFields, emptyPasswordPair } from "@/components/account-fields/password-pair-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { passwordChangeSchema } from "@/lib/accounts/profile/password-change-schema";
import { changePasswordAction } from "./actions";

// A refused current password is not kept on screen for the next attempt.
const CLEAR_ON_FAILURE = ["currentPassword" as const];

const NEW_LABELS = { password: "New password", confirmPassword: "Repeat the new password" };

export function PasswordForm() {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    passwordChangeSchema,
    changePasswordAction,
    { currentPassword: "", ...emptyPasswordPair },
    { clearOnFailure: CLEAR_ON_FAILURE },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        registration={form.register("currentPassword")}
        error={errorFor("currentPassword")}
      />
      <PasswordPairFields form={form} errorFor={errorFor} labels={NEW_LABELS} />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
