"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { type FieldValues, type Path, useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/forms/action-result";

// zod compiles schemas with `new Function` when it may; the pages' Content-Security-Policy
// forbids evaluated code, so in the browser it checks without compiling (and without probing).
z.config({ jitless: true });

export type FormAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult | null>;

/**
 * A form checked twice with one schema: in the browser for instant messages, then by the
 * server action, whose field messages land next to the same fields. Without JavaScript the
 * form still posts to the action and shows its answer.
 */
export function useServerForm<V extends FieldValues>(
  schema: z.ZodType,
  action: FormAction,
  defaultValues: V,
  options: { clearOnFailure?: Path<V>[] } = {},
) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<V>({
    // The schema's output (e.g. a phone in E.164) is for the server; the browser only validates.
    resolver: zodResolver(schema as never) as never,
    mode: "onTouched",
    defaultValues: defaultValues as never,
  });

  const { clearOnFailure } = options;
  useEffect(() => {
    if (!state || state.ok) return;
    // A refused password is not kept on screen for the next attempt.
    clearOnFailure?.forEach((name) => form.resetField(name));
    Object.entries(state.fieldErrors).forEach(([name, messages], index) => {
      if (messages?.[0]) form.setError(name as Path<V>, { type: "server", message: messages[0] }, { shouldFocus: index === 0 });
    });
  }, [state, form, clearOnFailure]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(formRef.current!)));
    })(event);
  };

  const errorFor = (name: Path<V>): string | undefined => {
    const clientError = form.formState.errors[name]?.message;
    if (typeof clientError === "string") return clientError;
    // Once the browser has submitted, server messages live in the form state (set above) and
    // clear when the field is corrected; before that (no JavaScript yet) show the server's.
    if (form.formState.isSubmitted) return undefined;
    return state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
  };

  const formMessage = state && !state.ok && Object.keys(state.fieldErrors).length === 0 ? state.message : undefined;

  return { form, formRef, formAction, onSubmit, errorFor, formMessage, pending, state };
}
