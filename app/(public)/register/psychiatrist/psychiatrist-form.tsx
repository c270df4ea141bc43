"use client";

import { BioField } from "@/components/account-fields/bio-field";
import { PasswordPairFields, emptyPasswordPair } from "@/components/account-fields/password-pair-fields";
import { PersonFields, emptyPerson } from "@/components/account-fields/person-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { psychiatristRegistrationSchema } from "@/lib/accounts/schemas";
import { registerPsychiatristAction } from "../actions";

export function PsychiatristRegistrationForm({ zones }: { zones: string[] }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    psychiatristRegistrationSchema,
    registerPsychiatristAction,
    { ...emptyPerson, ...emptyPasswordPair, registrationNumber: "", bio: "" },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} passwordFields={<PasswordPairFields form={form} errorFor={errorFor} />} />
      <TextField
        label="BACP membership number"
        hint="6 to 8 digits, as on your membership certificate, like 012345."
        required
        registration={form.register("registrationNumber")}
        error={errorFor("registrationNumber")}
      />
      <BioField form={form} errorFor={errorFor} />
      <SubmitButton pending={pending}>Apply to join</SubmitButton>
    </form>
  );
}
