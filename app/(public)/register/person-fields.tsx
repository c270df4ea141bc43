"use client";

import { useCallback } from "react";
import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { TimezoneSelect } from "@/components/forms/timezone-select";

export type PersonValues = {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  confirmPassword: string;
  phone: string;
  postcode: string;
  timezone: string;
};

export const emptyPerson: PersonValues = {
  firstName: "",
  lastName: "",
  email: "",
  password: "",
  confirmPassword: "",
  phone: "",
  postcode: "",
  timezone: "Europe/London",
};

/** The fields every registration asks for, whoever is registering. */
export function PersonFields<V extends PersonValues>(props: {
  form: UseFormReturn<V>;
  errorFor: (name: keyof PersonValues) => string | undefined;
  zones: string[];
}) {
  // Narrowed to the shared fields; the generic form carries more.
  const form = props.form as unknown as UseFormReturn<PersonValues>;
  const { errorFor, zones } = props;
  const { setValue } = form;
  const onDetected = useCallback((zone: string) => setValue("timezone", zone), [setValue]);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name" autoComplete="given-name" required registration={form.register("firstName")} error={errorFor("firstName")} />
        <TextField label="Last name" autoComplete="family-name" required registration={form.register("lastName")} error={errorFor("lastName")} />
      </div>
      <TextField label="Email" type="email" autoComplete="email" spellCheck={false} required registration={form.register("email")} error={errorFor("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A short phrase you will remember works well."
        required
        registration={form.register("password")}
        error={errorFor("password")}
      />
      <TextField
        label="Repeat the password"
        type="password"
        autoComplete="new-password"
        required
        registration={form.register("confirmPassword")}
        error={errorFor("confirmPassword")}
      />
      <TextField
        label="Phone number"
        type="tel"
        autoComplete="tel"
        hint="A UK number like 020 7946 0018 or 07911 123456, or an international one starting with +."
        required
        registration={form.register("phone")}
        error={errorFor("phone")}
      />
      <TextField
        label="Postcode"
        autoComplete="postal-code"
        autoCapitalize="characters"
        spellCheck={false}
        hint="A UK postcode, like SW1A 1AA."
        required
        registration={form.register("postcode")}
        error={errorFor("postcode")}
      />
      <TimezoneSelect zones={zones} registration={form.register("timezone")} error={errorFor("timezone")} onDetected={onDetected} />
    </>
  );
}
