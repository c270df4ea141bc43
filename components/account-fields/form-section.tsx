import type { ReactNode } from "react";

/**
 * A titled group of fields. Screen readers announce the legend (and the hint) on entering any
 * field in it, so each field's own label can stay short.
 */
export function FormSection(props: { id: string; legend: string; hint?: string; children: ReactNode }) {
  const { id, legend, hint, children } = props;
  const hintId = `${id}-hint`;
  return (
    // min-w-0: a fieldset is otherwise as wide as its widest content, which overflows narrow phones.
    <fieldset aria-describedby={hint ? hintId : undefined} className="mt-4 min-w-0">
      <legend className="text-lg font-semibold text-calm-800">{legend}</legend>
      {hint && (
        <p id={hintId} className="mt-1 text-muted">
          {hint}
        </p>
      )}
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </fieldset>
  );
}
