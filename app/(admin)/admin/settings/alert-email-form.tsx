"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useSettingForm } from "./use-setting-form";

const OPTIONS = [
  {
    value: "full",
    label: "Full",
    description:
      "The patient's name, what they wrote, their mood, why the alert was raised, and their phone, email and emergency contact: enough to act before signing in.",
  },
  {
    value: "minimal",
    label: "Minimal",
    description:
      "Only that one of their patients has a new alert, with a link to MiWell: no name or health details leave MiWell by email, and the psychiatrist signs in to see who and why. Escalation emails to admins are minimal too.",
  },
] as const;

/** How much an alert email says, as a choice of two with what each means. */
export function AlertEmailForm({ value }: { value: string }) {
  const { action, pending, errorFor, message, ignoreWhilePending } = useSettingForm({});
  const [chosen, setChosen] = useState(value);
  const error = errorFor("alertEmailDetail");
  return (
    <form action={action} onSubmit={ignoreWhilePending} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <input type="hidden" name="setting" value="alertEmailDetail" />
      <fieldset aria-describedby={error ? "field-alertEmailDetail-error" : undefined} className="flex flex-col gap-3">
        <legend className="mb-1 font-medium">What the alert email says</legend>
        {OPTIONS.map((option) => (
          <div key={option.value} className="flex items-start gap-3 rounded-lg border border-calm-200 p-3">
            <input
              type="radio"
              id={`alertEmailDetail-${option.value}`}
              name="alertEmailDetail"
              value={option.value}
              checked={chosen === option.value}
              onChange={() => setChosen(option.value)}
              aria-describedby={`alertEmailDetail-${option.value}-description`}
              className="mt-1 size-5 shrink-0 accent-calm-700"
            />
            <div>
              <label htmlFor={`alertEmailDetail-${option.value}`} className="font-medium">
                {option.label}
              </label>
              <p id={`alertEmailDetail-${option.value}-description`} className="text-sm text-muted">
                {option.description}
              </p>
            </div>
          </div>
        ))}
        {error && (
          <p id="field-alertEmailDetail-error" className="text-sm font-medium text-warn">
            {error}
          </p>
        )}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save<span className="sr-only"> what the alert email says</span>
      </SubmitButton>
    </form>
  );
}
