"use client";

import { type UseFormReturn, useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { TextField } from "@/components/forms/text-field";
import { FormSection } from "./form-section";

export type ReminderValues = { remindersOptIn: boolean; reminderTime: string };

export const noReminders: ReminderValues = { remindersOptIn: false, reminderTime: "" };

/**
 * The daily reminder and, once it is ticked, its time. An empty time (or one hidden by unticking,
 * which the form then does not send) means the service's default.
 */
export function ReminderFields<V extends ReminderValues>(props: {
  form: UseFormReturn<V>;
  errorFor: (name: keyof ReminderValues) => string | undefined;
  defaultTime: string;
}) {
  // Narrowed to this group's fields; the generic form carries more.
  const form = props.form as unknown as UseFormReturn<ReminderValues>;
  const { errorFor, defaultTime } = props;
  const optedIn = useWatch({ control: form.control, name: "remindersOptIn" });
  return (
    <FormSection id="reminders" legend="Daily reminder">
      <CheckboxField
        label="Email me a reminder on days I have not checked in"
        hint="You can turn it off from any reminder email."
        registration={form.register("remindersOptIn")}
        error={errorFor("remindersOptIn")}
      />
      {optedIn && (
        <TextField
          label="Remind me at"
          type="time"
          hint={`In your time zone. Leave it empty for ${defaultTime}.`}
          registration={form.register("reminderTime")}
          error={errorFor("reminderTime")}
        />
      )}
    </FormSection>
  );
}
