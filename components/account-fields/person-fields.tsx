"use client";

import { type ReactNode, useCallback } from "react";
import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { TimezoneSelect } from "@/components/forms/timezone-select";

/** Who a person is and how to reach them: every account has these. */
export type ContactValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  timezone: string;
};

/** Patients and psychiatrists also give a postcode. */
export type PersonValues = ContactValues & { postcode: string };

export const emptyPerson: PersonValues = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  postcode: "",
  timezone: "Europe/London",
};

const keepStoredZone = () => {};

/**
 * The fields every account holds about its person. `passwordFields` sit after the email, where a
 * new account chooses its password; `withPostcode` is off for admins, who give none. A new account
 * starts in the browser's time zone; a saved one keeps the zone it chose (`detectTimezone` off).
 */
export function PersonFields<V extends ContactValues>(props: {
  form: UseFormReturn<V>;
  errorFor: (name: keyof ContactValues) => string | undefined;
  zones: string[];
  passwordFields?: ReactNode;
  withPostcode?: boolean;
  detectTimezone?: boolean;
}) {
  // Narrowed to the shared fields; the generic form carries more.
  const form = props.form as unknown as UseFormReturn<PersonValues>;
  const { zones, passwordFields, withPostcode = true, detectTimezone = true } = props;
  // Postcode is asked for (withPostcode) only of forms that have one.
  const errorFor = props.errorFor as (name: keyof PersonValues) => string | undefined;
  const { setValue } = form;
  const setZone = useCallback((zone: string) => setValue("timezone", zone), [setValue]);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name" autoComplete="given-name" required registration={form.register("firstName")} error={errorFor("firstName")} />
        <TextField label="Last name" autoComplete="family-name" required registration={form.register("lastName")} error={errorFor("lastName")} />
      </div>
      <TextField label="Email" type="email" autoComplete="email" spellCheck={false} required registration={form.register("email")} error={errorFor("email")} />
      {passwordFields}
      <TextField
        label="Phone number"
        type="tel"
        autoComplete="tel"
        hint="A UK number like 020 7946 0018 or 07911 123456, or an international one starting with +."
        required
        registration={form.register("phone")}
        error={errorFor("phone")}
      />
      {withPostcode && (
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
      )}
      <TimezoneSelect
        zones={zones}
        registration={form.register("timezone")}
        error={errorFor("timezone")}
        onDetected={detectTimezone ? setZone : keepStoredZone}
      />
    </>
  );
}
