"use client";

import { BioField } from "@/components/account-fields/bio-field";
import { PersonFields } from "@/components/account-fields/person-fields";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import type { OwnProfile } from "@/lib/accounts/profile/own-profile";
import { psychiatristProfileSchema } from "@/lib/accounts/profile/profile-schemas";
import { saveProfileAction } from "./actions";

type Values = Extract<OwnProfile, { role: "psychiatrist" }>["values"];

export function PsychiatristProfileForm({ values, zones }: { values: Values; zones: string[] }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(psychiatristProfileSchema, saveProfileAction, values);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} detectTimezone={false} />
      <BioField form={form} errorFor={errorFor} />
      <CheckboxField
        label="I am taking new patients"
        hint="While ticked, new patients may be assigned to you. Patients you already have stay with you either way."
        registration={form.register("acceptingNewPatients")}
        error={errorFor("acceptingNewPatients")}
      />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}
