"use client";

import { type FormEvent, type ReactNode, useActionState, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { describedBy, FieldShell } from "./field-shell";
import { FormMessage } from "./form-message";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** Sent with the note: which record it is about, where to come back to. */
  hidden: Record<string, string | number>;
  /** The textarea's name (the field the action reports errors for), label, hint and limit. */
  field: { name: string; label: string; hint: string; maxLength: number };
  /** Unique on the page, for the textarea's id. */
  idSuffix: string | number;
  submit: (pending: boolean) => ReactNode;
};

/**
 * One required note and a button: resolving an alert, rejecting an application. Without zod in
 * the browser: maxLength keeps the note within its limit, the action checks it with the shared
 * schema, and its message lands next to the textarea, which takes the focus.
 */
export function NoteForm({ action, hidden, field, idSuffix, submit }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // Controlled, because React resets a form's fields once its action has run, and a refused
  // note must keep what was written.
  const [text, setText] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = `${field.name}-${idSuffix}`;
  const error = state && !state.ok ? state.fieldErrors[field.name]?.[0] : undefined;
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
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FieldShell id={id} label={field.label} hint={field.hint} error={error} required>
        <textarea
          ref={textRef}
          id={id}
          name={field.name}
          rows={3}
          maxLength={field.maxLength}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, field.hint, error)}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-warn"
        />
      </FieldShell>
      {submit(pending)}
    </form>
  );
}
