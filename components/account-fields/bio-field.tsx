"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

export type BioValues = { bio: string };

/** A psychiatrist's few words about themselves, 20 to 1000 characters as the schema asks. */
export function BioField<V extends BioValues>(props: { form: UseFormReturn<V>; errorFor: (name: "bio") => string | undefined }) {
  const form = props.form as unknown as UseFormReturn<BioValues>;
  return (
    <TextField
      label="A short bio"
      hint="What patients should know about you: 20 to 1000 characters."
      multiline
      required
      maxLength={1000}
      registration={form.register("bio")}
      error={props.errorFor("bio")}
    />
  );
}
