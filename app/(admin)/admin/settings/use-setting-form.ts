"use client";

import { type ChangeEvent, type FormEvent, useActionState, useEffect, useState } from "react";
import { describedBy } from "@/components/forms/field-shell";
import { saveSettingAction } from "./actions";

/**
 * One setting's form: the fields are controlled so that a refused save keeps what was typed, and
 * the server's message for each field lands beside it. Without JavaScript it still posts.
 */
export function useSettingForm(values: Record<string, string>) {
  const [state, action, pending] = useActionState(saveSettingAction, null);
  const [fields, setFields] = useState(values);
  const errorFor = (name: string) => (state && !state.ok ? state.fieldErrors[name]?.[0] : undefined);

  // After a refusal, the first field it names takes the focus, so its message is read out.
  useEffect(() => {
    const first = state && !state.ok ? Object.keys(state.fieldErrors)[0] : undefined;
    if (first) document.getElementById(`field-${first}`)?.focus();
  }, [state]);

  /** What a field needs: its name, value, change handler and the ids of its hint and error. */
  const bind = (name: string, hint?: string) => ({
    id: `field-${name}`,
    name,
    value: fields[name] ?? "",
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setFields((current) => ({ ...current, [name]: event.target.value })),
    "aria-invalid": errorFor(name) ? true : undefined,
    "aria-describedby": describedBy(`field-${name}`, hint, errorFor(name)),
  });

  const ignoreWhilePending = (event: FormEvent<HTMLFormElement>) => {
    if (pending) event.preventDefault();
  };

  return { action, pending, bind, errorFor, message: state && !state.ok ? state.message : undefined, ignoreWhilePending };
}
