import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy } from "./field-shell";

/** A checkbox with its label beside it (the whole label toggles it), a hint and any error below. */
export function CheckboxField(props: { label: string; registration: UseFormRegisterReturn; hint?: string; error?: string }) {
  const { label, registration, hint, error } = props;
  const id = `field-${registration.name}`;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="mt-0.5 size-5 shrink-0 accent-calm-700"
          {...registration}
        />
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
      </div>
      {/* Indented to line up with the label, not the box. */}
      {hint && (
        <p id={`${id}-hint`} className="pl-8 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pl-8 text-sm font-medium text-warn">
          {error}
        </p>
      )}
    </div>
  );
}
