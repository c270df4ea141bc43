"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { signInWithCodeSchema } from "@/lib/auth/two-factor/code-schema";
import { signInAction } from "./actions";

// A refused password is not kept on screen for the next attempt; once the password is accepted
// and a code is asked for, only a refused code is cleared.
const CLEAR_PASSWORD = ["password" as const];
const CLEAR_CODE = ["code" as const];

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [asksForCode, setAsksForCode] = useState(false);
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending, state } = useServerForm(
    signInWithCodeSchema,
    signInAction,
    { email: "", password: "", code: "" },
    { clearOnFailure: asksForCode ? CLEAR_CODE : CLEAR_PASSWORD },
  );
  // The server asks for the code through the code field's message; the field stays from then on.
  const serverAsksForCode = state !== null && !state.ok && state.fieldErrors.code !== undefined;
  if (serverAsksForCode && !asksForCode) setAsksForCode(true);
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
      {(asksForCode || serverAsksForCode) && (
        <TextField
          label="Code"
          hint="The 6-digit code your authenticator app shows now, or one of your recovery codes"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          required
          registration={form.register("code")}
          error={errorFor("code")}
        />
      )}
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
