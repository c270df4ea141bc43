"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { deleteAccountSchema } from "@/lib/accounts/deletion/delete-account-schema";
import { deleteAccountAction } from "./actions";

const CLEAR_ON_FAILURE = ["password" as const];

/** The password and the one destructive button; a refusal keeps the person on this page. */
export function DeleteAccountForm() {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    deleteAccountSchema,
    deleteAccountAction,
    { password: "" },
    { clearOnFailure: CLEAR_ON_FAILURE },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <TextField
        label="Your password"
        hint="To make sure it is you, type the password you sign in with."
        type="password"
        autoComplete="current-password"
        required
        registration={form.register("password")}
        error={errorFor("password")}
      />
      {/* aria-disabled, not disabled, while deleting: see SubmitButton. */}
      <button
        type="submit"
        aria-disabled={pending}
        className="w-full rounded-md bg-warn px-4 py-3 text-base font-semibold text-white hover:bg-red-800 aria-disabled:opacity-70 sm:w-auto sm:self-start"
      >
        {pending ? "Deleting…" : "Delete my account for good"}
      </button>
    </form>
  );
}
