"use client";

import { type FormEvent, useActionState, useEffect, useRef, useState } from "react";
import { describedBy, FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { RESOLUTION_MAX } from "@/lib/risk/resolution-limits";
import { resolveAlertAction } from "./actions";

const HINT = "For the record: who you spoke to and what you agreed.";

/**
 * Resolves an alert with a note of what was done. Without zod in the browser: the textarea's
 * maxLength keeps the note within the limit, and the action checks it with the shared schema,
 * its message landing next to the textarea.
 */
export function ResolveForm({ alertId, returnTo, context }: { alertId: number; returnTo: string; context: string }) {
  const [state, formAction, pending] = useActionState(resolveAlertAction, null);
  // Controlled, because React resets a form's fields once its action has run, and a refused
  // note must keep what the psychiatrist wrote.
  const [text, setText] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = `resolution-${alertId}`;
  const error = state && !state.ok ? state.fieldErrors.resolution?.[0] : undefined;
  const formMessage = state && !state.ok && !error ? state.message : undefined;

  useEffect(() => {
    if (state && !state.ok) textRef.current?.focus();
  }, [state]);

  const ignoreWhilePending = (event: FormEvent<HTMLFormElement>) => {
    if (pending) event.preventDefault();
  };

  return (
    <form action={formAction} onSubmit={ignoreWhilePending} aria-busy={pending} className="flex flex-col gap-2">
      <FormMessage message={formMessage} />
      <input type="hidden" name="alertId" value={alertId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FieldShell id={id} label="What was done" hint={HINT} error={error} required>
        <textarea
          ref={textRef}
          id={id}
          name="resolution"
          rows={3}
          maxLength={RESOLUTION_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, HINT, error)}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-warn"
        />
      </FieldShell>
      <SubmitButton pending={pending} pendingLabel="Resolving…">
        Resolve<span className="sr-only"> the alert for {context}</span>
      </SubmitButton>
    </form>
  );
}
