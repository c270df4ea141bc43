"use client";

import { EmergencyContactFields } from "@/components/account-fields/emergency-contact-fields";
import { MedicalNotesField } from "@/components/account-fields/medical-notes-field";
import { PersonFields } from "@/components/account-fields/person-fields";
import { ReminderFields } from "@/components/account-fields/reminder-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import type { OwnProfile } from "@/lib/accounts/profile/own-profile";
import { patientProfileSchema } from "@/lib/accounts/profile/profile-schemas";
import { saveProfileAction } from "./actions";

type Values = Extract<OwnProfile, { role: "patient" }>["values"];

export function PatientProfileForm({ values, zones, defaultReminderTime }: { values: Values; zones: string[]; defaultReminderTime: string }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(patientProfileSchema, saveProfileAction, values);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} detectTimezone={false} />
      <MedicalNotesField form={form} errorFor={errorFor} />
      <EmergencyContactFields form={form} errorFor={errorFor} />
      <ReminderFields form={form} errorFor={errorFor} defaultTime={defaultReminderTime} />
      <SubmitButton pending={pending}>Save changes</SubmitButton>
    </form>
  );
}
