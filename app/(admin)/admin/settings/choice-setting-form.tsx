"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useSettingForm } from "./use-setting-form";

export type Choice = { value: string; label: string; description: string };

type Props = {
  setting: "alertEmailDetail" | "staffTwoFactor";
  legend: string;
  choices: readonly Choice[];
  value: string;
};

/** A setting that is one of a few choices, each with what it means. */
export function ChoiceSettingForm({ setting, legend, choices, value }: Props) {
  const { action, pending, errorFor, message, ignoreWhilePending } = useSettingForm({});
  const [chosen, setChosen] = useState(value);
  const error = errorFor(setting);
  const errorId = `field-${setting}-error`;
  return (
    <form action={action} onSubmit={ignoreWhilePending} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <input type="hidden" name="setting" value={setting} />
      <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-3">
        <legend className="mb-1 font-medium">{legend}</legend>
        {choices.map((choice) => {
          const id = `${setting}-${choice.value}`;
          return (
            <div key={choice.value} className="flex items-start gap-3 rounded-lg border border-calm-200 p-3">
              <input
                type="radio"
                id={id}
                name={setting}
                value={choice.value}
                checked={chosen === choice.value}
                onChange={() => setChosen(choice.value)}
                aria-describedby={`${id}-description`}
                className="mt-1 size-5 shrink-0 accent-calm-700"
              />
              <div>
                <label htmlFor={id} className="font-medium">
                  {choice.label}
                </label>
                <p id={`${id}-description`} className="text-sm text-muted">
                  {choice.description}
                </p>
              </div>
            </div>
          );
        })}
        {error && (
          <p id={errorId} className="text-sm font-medium text-warn">
            {error}
          </p>
        )}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save<span className="sr-only"> {legend.toLowerCase()}</span>
      </SubmitButton>
    </form>
  );
}
