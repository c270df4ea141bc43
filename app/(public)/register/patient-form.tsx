"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useServerForm } from "@/components/forms/use-server-form";
import { patientRegistrationSchema } from "@/lib/accounts/schemas";
import { registerPatientAction } from "./actions";
import { EmergencyContactFields, emptyEmergencyContact } from "./emergency-contact-fields";
import { PersonFields, emptyPerson } from "./person-fields";
import { ReminderFields, noReminders } from "./reminder-fields";

export function PatientRegistrationForm({ zones, defaultReminderTime }: { zones: string[]; defaultReminderTime: string }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(
    patientRegistrationSchema,
    registerPatientAction,
    { ...emptyPerson, medicalNotes: "", ...emptyEmergencyContact, ...noReminders },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <PersonFields form={form} errorFor={errorFor} zones={zones} />
      <TextField
        label="Anything your psychiatrist should know"
        hint="Diagnoses, medication or allergies. Up to 500 characters."
        multiline
        maxLength={500}
        registration={form.register("medicalNotes")}
        error={errorFor("medicalNotes")}
      />
      <EmergencyContactFields form={form} errorFor={errorFor} />
      <ReminderFields form={form} errorFor={errorFor} defaultTime={defaultReminderTime} />
      <SubmitButton pending={pending}>Create my account</SubmitButton>
    </form>
  );
}
