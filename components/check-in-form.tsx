"use client";

import { type FormEvent, useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/forms/action-result";
import { MINUTES_MAX, MINUTES_STEP, NOTE_MAX } from "@/lib/moods/check-in-limits";
import { MOODS } from "@/lib/moods/scale";

export type CheckInValues = { mood: number | null; note: string; minutes: number };

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult | null>;
  values?: CheckInValues;
  entryId?: number;
  legend: string;
  submitLabel: string;
  /** How the labels name the day: "today", or "that day" when editing an older entry. */
  day?: string;
};

// Deliberately without a form library or zod in the browser: this is the page patients open
// every day on cheap phones, so it ships only what the native controls cannot do (the live
// count and the slider's value). The server action validates everything with the shared schema.
export function CheckInForm({ action, values, entryId, legend, submitLabel, day = "today" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // Controlled, because React resets a form's uncontrolled fields once its action has run, and
  // a refused submission must keep what the patient chose.
  const [mood, setMood] = useState(values?.mood ?? null);
  const [note, setNote] = useState(values?.note ?? "");
  const [minutes, setMinutes] = useState(values?.minutes ?? 0);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const formMessage = state && !state.ok && Object.keys(errors).length === 0 ? state.message : undefined;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    if (!state || state.ok) return;
    const firstInvalid = state.fieldErrors.mood ? 'input[name="mood"]' : '[aria-invalid="true"]';
    formRef.current?.querySelector<HTMLElement>(firstInvalid)?.focus();
  }, [state]);

  // A second tap while saving would only save the same thing twice.
  const ignoreWhilePending = (event: FormEvent<HTMLFormElement>) => {
    if (pending) event.preventDefault();
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={ignoreWhilePending} className="flex flex-col gap-6" aria-busy={pending}>
      <FormMessage message={formMessage} />
      {entryId !== undefined && <input type="hidden" name="entryId" value={entryId} />}
      <fieldset aria-describedby={errors.mood ? "mood-error" : undefined}>
        <legend className="mb-3 text-xl font-semibold">{legend}</legend>
        <div className="grid grid-cols-4 gap-2 sm:grid-cols-7">
          {MOODS.map((m) => (
            <label key={m.value} className="cursor-pointer">
              <input
                type="radio"
                name="mood"
                value={m.value}
                required
                checked={mood === m.value}
                onChange={() => setMood(m.value)}
                className="peer sr-only"
              />
              <span className="flex min-h-24 flex-col items-center justify-center gap-1 rounded-xl border-2 border-calm-200 bg-white px-1 py-3 text-center shadow-sm transition peer-checked:border-calm-700 peer-checked:bg-calm-100 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-calm-600 hover:border-calm-600">
                <span aria-hidden="true" className="emoji text-4xl leading-none">
                  {m.face}
                </span>
                <span className="text-sm font-medium">{m.word}</span>
                {/* The choice shows as a mark as well as a colour, for forced-colours and colour-blind eyes. */}
                <span aria-hidden="true" className={`text-sm font-bold text-calm-700 ${mood === m.value ? "" : "invisible"}`}>
                  ✓
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.mood && (
          <p id="mood-error" className="mt-2 font-medium text-warn">
            {errors.mood[0]}
          </p>
        )}
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor="note" className="font-medium">
          A few words about {day} <span className="font-normal text-muted">(optional)</span>
        </label>
        <textarea
          id="note"
          name="note"
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`note-count${errors.note ? " note-error" : ""}`}
          aria-invalid={errors.note ? true : undefined}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <p id="note-count" className="text-right text-sm text-muted">
          {note.length} of {NOTE_MAX} characters
        </p>
        {errors.note && (
          <p id="note-error" className="font-medium text-warn">
            {errors.note[0]}
          </p>
        )}
      </div>

      <div className="flex flex-col gap-2">
        {/* The label names the slider; the value is read once, from aria-valuetext. */}
        <p className="font-medium">
          <label htmlFor="minutes">Minutes of mindfulness {day}</label>:{" "}
          <output htmlFor="minutes" aria-hidden="true">
            {minutes}
          </output>
        </p>
        <input
          id="minutes"
          name="minutes"
          type="range"
          min={0}
          max={MINUTES_MAX}
          step={MINUTES_STEP}
          value={minutes}
          onChange={(e) => setMinutes(Number(e.target.value))}
          aria-valuetext={`${minutes} minutes`}
          aria-describedby={errors.minutes ? "minutes-error" : undefined}
          aria-invalid={errors.minutes ? true : undefined}
          className="w-full accent-calm-700"
        />
        {errors.minutes && (
          <p id="minutes-error" className="font-medium text-warn">
            {errors.minutes[0]}
          </p>
        )}
      </div>

      <SubmitButton pending={pending} pendingLabel="Saving…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
