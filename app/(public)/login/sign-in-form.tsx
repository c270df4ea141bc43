"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { signInSchema } from "@/lib/accounts/schemas";
import { signInAction } from "./actions";

const CLEAR_ON_FAILURE = ["password" as const];

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    signInSchema,
    signInAction,
    { email: "", password: "" },
    { clearOnFailure: CLEAR_ON_FAILURE },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField label="Email" type="email" autoComplete="email" required registration={form.register("email")} error={errorFor("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        registration={form.register("password")}
        error={errorFor("password")}
      />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
