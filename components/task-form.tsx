"use client";

import { FieldShell, describedBy } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { type FormAction, useServerForm } from "@/components/forms/use-server-form";
import { BAND_LABELS, MOOD_BANDS } from "@/lib/moods/mood-band";
import { taskSchema } from "@/lib/tasks/task-schema";

type Values = { title: string; instructions: string; durationMinutes: string; moodBand: string };

/** The form for writing or changing a mindfulness task, in the psychiatrists' library and the admin's. */
export function TaskForm(props: { action: FormAction; values?: Values; taskId?: number; submitLabel: string }) {
  const { action, taskId, submitLabel } = props;
  const values = props.values ?? { title: "", instructions: "", durationMinutes: "5", moodBand: "middle" };
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(taskSchema, action, values);
  const bandError = errorFor("moodBand");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      {taskId !== undefined && <input type="hidden" name="taskId" value={taskId} />}
      <TextField label="Title" required maxLength={120} registration={form.register("title")} error={errorFor("title")} />
      <TextField
        label="Instructions"
        hint="Short steps in plain words; each line shows as its own line."
        multiline
        required
        maxLength={2000}
        registration={form.register("instructions")}
        error={errorFor("instructions")}
      />
      <TextField
        label="Duration in minutes"
        type="number"
        inputMode="numeric"
        required
        registration={form.register("durationMinutes")}
        error={errorFor("durationMinutes")}
      />
      <FieldShell id="field-moodBand" label="Suits" error={bandError} required>
        <select
          id="field-moodBand"
          aria-invalid={bandError ? true : undefined}
          aria-describedby={describedBy("field-moodBand", undefined, bandError)}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          {...form.register("moodBand")}
        >
          {MOOD_BANDS.map((band) => (
            <option key={band} value={band}>
              {BAND_LABELS[band]}
            </option>
          ))}
        </select>
      </FieldShell>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
