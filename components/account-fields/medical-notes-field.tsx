"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

export type MedicalNotesValues = { medicalNotes: string };

/** What a patient wants their psychiatrist to know; optional, up to the schema's 500 characters. */
export function MedicalNotesField<V extends MedicalNotesValues>(props: { form: UseFormReturn<V>; errorFor: (name: "medicalNotes") => string | undefined }) {
  const form = props.form as unknown as UseFormReturn<MedicalNotesValues>;
  return (
    <TextField
      label="Anything your psychiatrist should know"
      hint="Diagnoses, medication or allergies. Up to 500 characters."
      multiline
      maxLength={500}
      registration={form.register("medicalNotes")}
      error={props.errorFor("medicalNotes")}
    />
  );
}
