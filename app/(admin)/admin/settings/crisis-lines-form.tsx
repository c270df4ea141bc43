"use client";

import { FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { lineField } from "@/lib/admin/settings/crisis-line-fields";
import { CRISIS_LINE_LIMITS, type CrisisLine } from "@/lib/settings/crisis-line-schema";
import { inputClass } from "./input-class";
import { useSettingForm } from "./use-setting-form";

const FIELDS: { field: keyof CrisisLine; label: string; hint?: string; required: boolean; type?: "tel" }[] = [
  { field: "name", label: "Name", hint: "As patients know it.", required: true },
  { field: "number", label: "Number as shown", hint: "As patients read it, e.g. 116 123.", required: true },
  { field: "dial", label: "Number to dial", hint: "Digits only, with + in front for an international number.", required: true, type: "tel" },
  { field: "description", label: "When to call", hint: "One sentence.", required: false },
];

/** The helplines, one row each in the order patients see them; a row left blank is left out. */
export function CrisisLinesForm({ values, rows }: { values: Record<string, string>; rows: number }) {
  const { action, pending, bind, errorFor, message, ignoreWhilePending } = useSettingForm(values);
  return (
    <form action={action} onSubmit={ignoreWhilePending} noValidate className="flex flex-col gap-4">
      <FormMessage message={message} />
      <input type="hidden" name="setting" value="crisisLines" />
      {Array.from({ length: rows }, (_, row) => (
        <fieldset key={row} className="grid min-w-0 gap-3 rounded-lg border border-calm-200 p-3 sm:grid-cols-2 sm:p-4">
          <legend className="px-1 font-semibold">Helpline {row + 1}</legend>
          {FIELDS.map(({ field, label, hint, required, type }) => {
            const name = lineField(row, field);
            return (
              <div key={field} className={field === "description" ? "sm:col-span-2" : undefined}>
                <FieldShell id={`field-${name}`} label={label} hint={hint} error={errorFor(name)} required={required}>
                  <input {...bind(name, hint)} type={type ?? "text"} maxLength={CRISIS_LINE_LIMITS[field]} autoComplete="off" className={inputClass} />
                </FieldShell>
              </div>
            );
          })}
        </fieldset>
      ))}
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save helplines
      </SubmitButton>
    </form>
  );
}
