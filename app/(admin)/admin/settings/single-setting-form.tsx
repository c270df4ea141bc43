"use client";

import { FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass } from "./input-class";
import { useSettingForm } from "./use-setting-form";

type Props = {
  setting: "escalationHours" | "defaultReminderTime";
  label: string;
  hint: string;
  value: string;
  type: "number" | "time";
  /** For a number: the smallest change, e.g. 0.25 for quarter hours. */
  step?: number;
};

/** A setting that is one value: a number or a time of day. */
export function SingleSettingForm({ setting, label, hint, value, type, step }: Props) {
  const { action, pending, bind, errorFor, message, ignoreWhilePending } = useSettingForm({ [setting]: value });
  return (
    <form action={action} onSubmit={ignoreWhilePending} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <input type="hidden" name="setting" value={setting} />
      <FieldShell id={`field-${setting}`} label={label} hint={hint} error={errorFor(setting)} required>
        <input {...bind(setting, hint)} type={type} inputMode={type === "number" ? "decimal" : undefined} step={step} className={`${inputClass} sm:max-w-48`} />
      </FieldShell>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save<span className="sr-only"> {label.toLowerCase()}</span>
      </SubmitButton>
    </form>
  );
}
