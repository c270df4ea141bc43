"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { psychiatristRegistrationSchema } from "@/lib/accounts/schemas";
import { registerPsychiatristAction } from "../actions";
import { PersonFields, emptyPerson } from "../person-fields";

export function PsychiatristRegistrationForm({ zones }: { zones: string[] }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    psychiatristRegistrationSchema,
    registerPsychiatristAction,
    { ...emptyPerson, registrationNumber: "", bio: "" },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} />
      <TextField
        label="BACP membership number"
        hint="6 to 8 digits, as on your membership certificate, like 012345."
        required
        registration={form.register("registrationNumber")}
        error={errorFor("registrationNumber")}
      />
      <TextField
        label="A short bio"
        hint="What patients should know about you: 20 to 1000 characters."
        multiline
        required
        maxLength={1000}
        registration={form.register("bio")}
        error={errorFor("bio")}
      />
      <SubmitButton pending={pending}>Apply to join</SubmitButton>
    </form>
  );
}
