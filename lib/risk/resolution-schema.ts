import { z } from "zod";
import { RESOLUTION_MAX } from "./resolution-limits";

export const RESOLUTION_MESSAGE = `Write what was done, in at most ${RESOLUTION_MAX} characters`;

/** What the psychiatrist did about an alert: some words, at most 1000 characters once trimmed. */
export const resolutionSchema = z.object({
  resolution: z
    .string({ error: RESOLUTION_MESSAGE })
    // Browsers send a textarea's line breaks as CRLF but count each as one character.
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().min(1, RESOLUTION_MESSAGE).max(RESOLUTION_MAX, RESOLUTION_MESSAGE)),
});

export type ResolutionInput = z.output<typeof resolutionSchema>;
