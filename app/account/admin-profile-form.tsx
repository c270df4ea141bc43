"use client";

import { type ContactValues, PersonFields } from "@/components/account-fields/person-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { adminProfileSchema } from "@/lib/accounts/profile/profile-schemas";
import { saveProfileAction } from "./actions";

export function AdminProfileForm({ values, zones }: { values: ContactValues; zones: string[] }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(adminProfileSchema, saveProfileAction, values);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} withPostcode={false} detectTimezone={false} />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}
