"use client";

import { EmergencyContactFields, emptyEmergencyContact } from "@/components/account-fields/emergency-contact-fields";
import { MedicalNotesField } from "@/components/account-fields/medical-notes-field";
import { PasswordPairFields, emptyPasswordPair } from "@/components/account-fields/password-pair-fields";
import { PersonFields, emptyPerson } from "@/components/account-fields/person-fields";
import { ReminderFields, noReminders } from "@/components/account-fields/reminder-fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { patientRegistrationSchema } from "@/lib/accounts/schemas";
import { registerPatientAction } from "./actions";

export function PatientRegistrationForm({ zones, defaultReminderTime }: { zones: string[]; defaultReminderTime: string }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    patientRegistrationSchema,
    registerPatientAction,
    { ...emptyPerson, ...emptyPasswordPair, medicalNotes: "", ...emptyEmergencyContact, ...noReminders },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} passwordFields={<PasswordPairFields form={form} errorFor={errorFor} />} />
      <MedicalNotesField form={form} errorFor={errorFor} />
      <EmergencyContactFields form={form} errorFor={errorFor} />
      <ReminderFields form={form} errorFor={errorFor} defaultTime={defaultReminderTime} />
      <SubmitButton pending={pending}>Create my account</SubmitButton>
    </form>
  );
}
