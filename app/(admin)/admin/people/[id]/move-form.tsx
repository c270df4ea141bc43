"use client";

import { FieldShell, describedBy } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { moveSchema } from "@/lib/admin/people/move-schema";
import { movePatientAction } from "./actions";

export type MoveChoice = { id: number; label: string };

/** Moves the patient to the psychiatrist chosen from the list, which shows each one's caseload. */
export function MoveForm({ patientId, choices, hint }: { patientId: number; choices: MoveChoice[]; hint: string }) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(moveSchema, movePatientAction, { psychiatristId: "" });
  const id = "field-psychiatristId";
  const error = errorFor("psychiatristId");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      <input type="hidden" name="patientId" value={patientId} />
      <FieldShell id={id} label="Move to" hint={hint} error={error} required>
        <select
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          {...form.register("psychiatristId")}
        >
          <option value="">Choose a psychiatrist</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </FieldShell>
      <SubmitButton pending={pending} pendingLabel="Moving…">
        Move patient
      </SubmitButton>
    </form>
  );
}
