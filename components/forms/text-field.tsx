import type { InputHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldShell, describedBy } from "./field-shell";

type Props = {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  multiline?: boolean;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "autoComplete" | "inputMode" | "maxLength" | "required" | "autoCapitalize" | "spellCheck"
>;

const inputClass =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm aria-[invalid=true]:border-warn";

/** A labelled input (or textarea) with its hint and, when there is one, its error message. */
export function TextField({ label, registration, error, hint, multiline, ...input }: Props) {
  const id = `field-${registration.name}`;
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: inputClass,
    ...registration,
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={input.required}>
      {multiline ? (
        <textarea rows={4} maxLength={input.maxLength} {...common} />
      ) : (
        <input {...input} {...common} />
      )}
    </FieldShell>
  );
}
