"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

export type PasswordPairValues = { password: string; confirmPassword: string };

export const emptyPasswordPair: PasswordPairValues = { password: "", confirmPassword: "" };

/** A new password typed twice, under the registration rules the hint states. */
export function PasswordPairFields<V extends PasswordPairValues>(props: {
  form: UseFormReturn<V>;
  errorFor: (name: keyof PasswordPairValues) => string | undefined;
  labels?: { password: string; confirmPassword: string };
}) {
  // Narrowed to this pair; the generic form carries more.
  const form = props.form as unknown as UseFormReturn<PasswordPairValues>;
  const { errorFor, labels = { password: "Password", confirmPassword: "Repeat the password" } } = props;
  return (
    <>
      <TextField
        label={labels.password}
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A short phrase you will remember works well."
        required
        registration={form.register("password")}
        error={errorFor("password")}
      />
      <TextField
        label={labels.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
        registration={form.register("confirmPassword")}
        error={errorFor("confirmPassword")}
      />
    </>
  );
}
