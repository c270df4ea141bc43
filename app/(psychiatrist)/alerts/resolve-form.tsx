"use client";

import { NoteForm } from "@/components/forms/note-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { RESOLUTION_MAX } from "@/lib/risk/resolution-limits";
import { resolveAlertAction } from "./actions";

const HINT = "For the record: who you spoke to and what you agreed.";

/** Resolves an alert with a note of what was done. */
export function ResolveForm({ alertId, returnTo, context }: { alertId: number; returnTo: string; context: string }) {
  return (
    <NoteForm
      action={resolveAlertAction}
      hidden={{ alertId, returnTo }}
      field={{ name: "resolution", label: "What was done", hint: HINT, maxLength: RESOLUTION_MAX }}
      idSuffix={alertId}
      submit={(pending) => (
        <SubmitButton pending={pending} pendingLabel="Resolving…">
          Resolve<span className="sr-only"> the alert for {context}</span>
        </SubmitButton>
      )}
    />
  );
}
