import { z } from "zod";
import { REJECTION_REASON_MAX, REJECTION_REASON_MIN } from "./rejection-limits";

export const REJECTION_REASON_MESSAGE = `Give the applicant a reason, in ${REJECTION_REASON_MIN} to ${REJECTION_REASON_MAX} characters`;

/** Why an application is rejected: emailed to the applicant, so some real words, not a blank. */
export const rejectionSchema = z.object({
  reason: z
    .string({ error: REJECTION_REASON_MESSAGE })
    // Browsers send a textarea's line breaks as CRLF but count each as one character.
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().min(REJECTION_REASON_MIN, REJECTION_REASON_MESSAGE).max(REJECTION_REASON_MAX, REJECTION_REASON_MESSAGE)),
});

export type RejectionInput = z.output<typeof rejectionSchema>;
