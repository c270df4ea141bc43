"use client";

import { NoteForm } from "@/components/forms/note-form";
import { REJECTION_REASON_MAX, REJECTION_REASON_MIN } from "@/lib/admin/approvals/rejection-limits";
import { rejectApplicationAction } from "./actions";

const HINT = `Emailed to the applicant, who can then apply again. ${REJECTION_REASON_MIN} to ${REJECTION_REASON_MAX} characters.`;

/** Rejects one application with a reason. */
export function RejectForm({ userId, applicantName }: { userId: number; applicantName: string }) {
  return (
    <NoteForm
      action={rejectApplicationAction}
      hidden={{ userId }}
      field={{ name: "reason", label: "Reason for rejecting", hint: HINT, maxLength: REJECTION_REASON_MAX }}
      idSuffix={userId}
      submit={(pending) => (
        <button
          type="submit"
          aria-disabled={pending}
          className="w-full rounded-md border border-warn bg-white px-4 py-2 font-semibold text-warn hover:bg-red-50 aria-disabled:opacity-70 sm:w-auto sm:self-start"
        >
          {pending ? "Rejecting…" : "Reject"}
          <span className="sr-only"> the application from {applicantName}</span>
        </button>
      )}
    />
  );
}
