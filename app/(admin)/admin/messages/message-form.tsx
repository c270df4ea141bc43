"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { type FormAction, useServerForm } from "@/components/forms/use-server-form";
import { MESSAGE_MAX } from "@/lib/messages/message-limits";
import { messageSchema } from "@/lib/messages/message-schema";

/** The form for writing or changing a daily message. */
export function MessageForm(props: { action: FormAction; text?: string; messageId?: number; submitLabel: string }) {
  const { action, messageId, submitLabel } = props;
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending } = useServerForm(messageSchema, action, { text: props.text ?? "" });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formMessage} />
      {messageId !== undefined && <input type="hidden" name="messageId" value={messageId} />}
      <TextField
        label="Message"
        hint={`Shown to a patient under their check-in, as one short paragraph: up to ${MESSAGE_MAX} characters. Warm and hopeful, never clinical advice.`}
        multiline
        required
        maxLength={MESSAGE_MAX}
        registration={form.register("text")}
        error={errorFor("text")}
      />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
