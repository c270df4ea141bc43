import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

type Field = { registration: UseFormRegisterReturn; error?: string };

/** A code from the authenticator app and the password: what every change here asks for. */
export function PasswordAndCodeFields({ code, password, codeHint }: { code: Field; password: Field; codeHint: string }) {
  return (
    <>
      <TextField
        label="Code from your app"
        hint={codeHint}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={40}
        required
        registration={code.registration}
        error={code.error}
      />
      <TextField label="Your password" type="password" autoComplete="current-password" required registration={password.registration} error={password.error} />
    </>
  );
}
