"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { FormSection } from "./form-section";

export type EmergencyContactValues = { emergencyContactName: string; emergencyContactPhone: string };

export const emptyEmergencyContact: EmergencyContactValues = { emergencyContactName: "", emergencyContactPhone: "" };

/** Someone to call in a crisis: both halves or neither, which the schema enforces. */
export function EmergencyContactFields<V extends EmergencyContactValues>(props: {
  form: UseFormReturn<V>;
  errorFor: (name: keyof EmergencyContactValues) => string | undefined;
}) {
  // Narrowed to this group's fields; the generic form carries more.
  const form = props.form as unknown as UseFormReturn<EmergencyContactValues>;
  const { errorFor } = props;
  return (
    <FormSection
      id="emergency-contact"
      legend="Emergency contact"
      hint="Someone your psychiatrist can call if they are ever worried about your safety. If you add one, give both their name and phone number."
    >
      {/* "off": the browser would otherwise offer the patient's own name and number here. */}
      <TextField
        label="Contact name"
        autoComplete="off"
        registration={form.register("emergencyContactName")}
        error={errorFor("emergencyContactName")}
      />
      <TextField
        label="Contact phone number"
        type="tel"
        autoComplete="off"
        hint="A UK number, or an international one starting with +."
        registration={form.register("emergencyContactPhone")}
        error={errorFor("emergencyContactPhone")}
      />
    </FormSection>
  );
}
