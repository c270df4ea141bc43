"use client";

import { type FormEvent, useActionState, useEffect, useId, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/forms/action-result";
import { REPLY_MAX } from "@/lib/review/reply-limits";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** The id the action needs: the entry to reply to, or the reply to edit. */
  target: { name: "entryId" | "replyId"; value: number };
  label: string;
  /** The id of text that says which entry this is (its date), read after the label. */
  describedBy?: string;
  defaultText?: string;
  submitLabel: string;
  /** Words only screen readers hear after the button's label, to tell the page's buttons apart. */
  submitContext?: string;
  /** The screen to come back to once saved: "/review" (the default) or "/patients/<id>". */
  returnTo?: string;
};

// Without a form library or zod in the browser: the textarea's maxLength already keeps a reply
// within the limit, and the server action checks it with the shared schema.
export function ReplyForm({ action, target, label, describedBy, defaultText = "", submitLabel, submitContext, returnTo }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // Controlled, because React resets a form's fields once its action has run, and a refused
  // reply must keep what the psychiatrist wrote.
  const [text, setText] = useState(defaultText);
  const id = useId();
  const textId = `reply-${id}`;
  const error = state && !state.ok ? state.fieldErrors.text?.[0] : undefined;
  const formMessage = state && !state.ok && !error ? state.message : undefined;
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state && !state.ok) textRef.current?.focus();
  }, [state]);

  const ignoreWhilePending = (event: FormEvent<HTMLFormElement>) => {
    if (pending) event.preventDefault();
  };

  const descriptions = [describedBy, error ? `${textId}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} onSubmit={ignoreWhilePending} className="flex flex-col gap-2" aria-busy={pending}>
      <FormMessage message={formMessage} />
      <input type="hidden" name={target.name} value={target.value} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <label htmlFor={textId} className="font-medium">
        {label}
      </label>
      <textarea
        ref={textRef}
        id={textId}
        name="text"
        rows={3}
        maxLength={REPLY_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={descriptions}
        aria-invalid={error ? true : undefined}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-warn"
      />
      {error && (
        <p id={`${textId}-error`} className="text-sm font-medium text-warn">
          {error}
        </p>
      )}
      <SubmitButton pending={pending} pendingLabel="Sending…">
        {submitLabel}
        {submitContext && <span className="sr-only"> {submitContext}</span>}
      </SubmitButton>
    </form>
  );
}
