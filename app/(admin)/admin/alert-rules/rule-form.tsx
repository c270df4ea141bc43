"use client";

import { type FormEvent, useActionState, useEffect, useState } from "react";
import { describedBy, FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { MOODS } from "@/lib/moods/scale";
import type { RuleKind } from "@/lib/risk/rule-kinds";
import { previewRuleAction, saveRuleAction } from "./actions";
import { PreviewPanel, type RuleName } from "./preview-panel";
import type { RuleField } from "./rule-fields";

type Values = Record<string, string | boolean>;

const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm aria-[invalid=true]:border-warn";
const PHRASE_ERRORS_SHOWN = 8;

/**
 * One rule's switch and parameters, with Preview (runs the change over the last 30 days, stores
 * nothing) and Save. The fields are controlled so that neither action loses what was typed;
 * without JavaScript both buttons still post and show their answer.
 */
export function RuleForm(props: { kind: RuleKind; label: string; values: Values; fields: RuleField[]; rules: RuleName[]; days: number }) {
  const { kind, label, values, fields: ruleFields, rules, days } = props;
  const [previewState, preview, previewing] = useActionState(previewRuleAction, null);
  const [saveState, save, saving] = useActionState(saveRuleAction, null);
  const [fields, setFields] = useState(values);
  const [last, setLast] = useState<"preview" | "save" | null>(null);
  const [previewed, setPreviewed] = useState<Values | null>(null);
  const state = last === "preview" ? previewState : last === "save" ? saveState : (saveState ?? previewState);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const set = (name: string, value: string | boolean) => setFields((current) => ({ ...current, [name]: value }));
  const busy = previewing || saving;
  const stale = previewed !== null && JSON.stringify(previewed) !== JSON.stringify(fields);

  // After a refusal, the first field it names takes the focus, so its message is read out.
  useEffect(() => {
    const first = failed ? Object.keys(failed.fieldErrors)[0] : undefined;
    if (first) document.getElementById(`${kind}-${first}`)?.focus();
  }, [failed, kind]);

  const ignoreWhileBusy = (event: FormEvent<HTMLFormElement>) => {
    if (busy) event.preventDefault();
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={save} onSubmit={ignoreWhileBusy} noValidate aria-busy={busy} className="flex min-w-0 flex-col gap-4">
        <FormMessage message={failed?.message} />
        <input type="hidden" name="kind" value={kind} />
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id={`${kind}-enabled`}
            name="enabled"
            checked={fields.enabled === true}
            onChange={(event) => set("enabled", event.target.checked)}
            className="mt-0.5 size-5 shrink-0 accent-calm-700"
          />
          <label htmlFor={`${kind}-enabled`} className="font-medium">
            Raise alerts with this rule
          </label>
        </div>
        {ruleFields.map((field) => (
          <Field
            key={field.name}
            id={`${kind}-${field.name}`}
            field={field}
            hint={field.hint}
            value={String(fields[field.name] ?? "")}
            errors={errors[field.name]}
            onChange={(value) => set(field.name, value)}
          />
        ))}
        <div className="flex flex-col gap-3 sm:flex-row">
          <button
            type="submit"
            formAction={preview}
            onClick={() => {
              setLast("preview");
              setPreviewed(fields);
            }}
            aria-disabled={busy}
            className="rounded-md border border-calm-700 bg-white px-4 py-3 font-semibold text-calm-700 hover:bg-calm-100 aria-disabled:opacity-70"
          >
            {previewing ? "Previewing…" : "Preview"}
            <span className="sr-only"> {label}</span>
          </button>
          <button
            type="submit"
            onClick={() => setLast("save")}
            aria-disabled={busy}
            className="rounded-md bg-calm-700 px-4 py-3 font-semibold text-white hover:bg-calm-800 aria-disabled:opacity-70"
          >
            {saving ? "Saving…" : "Save"}
            <span className="sr-only"> {label}</span>
          </button>
        </div>
      </form>
      <PreviewPanel kind={kind} label={label} rules={rules} days={days} preview={previewState?.ok ? previewState.data : null} pending={previewing} stale={stale} />
    </div>
  );
}

function Field(props: { id: string; field: RuleField; hint: string; value: string; errors?: string[]; onChange: (value: string) => void }) {
  const { id, field, hint, value, errors, onChange } = props;
  const shown = field.type === "phrases" ? errors?.slice(0, PHRASE_ERRORS_SHOWN) : errors?.slice(0, 1);
  const more = (errors?.length ?? 0) - (shown?.length ?? 0);
  const error = shown?.length ? shown.join(" ") + (more > 0 ? ` And ${more} more.` : "") : undefined;
  const common = {
    id,
    name: field.name,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
  return (
    <FieldShell id={id} label={field.label} hint={hint} required>
      {field.type === "phrases" ? (
        <textarea {...common} rows={12} spellCheck={false} onChange={(e) => onChange(e.target.value)} className={`${inputClass} font-mono text-sm`} />
      ) : field.type === "mood" ? (
        <select {...common} onChange={(e) => onChange(e.target.value)} className={inputClass}>
          {MOODS.map((mood) => (
            <option key={mood.value} value={String(mood.value)}>
              {mood.face} {mood.word}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="number"
          inputMode={field.step ? "decimal" : "numeric"}
          min={field.min}
          max={field.max}
          step={field.step ?? 1}
          onChange={(e) => onChange(e.target.value)}
          className={`${inputClass} sm:max-w-40`}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-warn">
          {error}
        </p>
      )}
    </FieldShell>
  );
}
