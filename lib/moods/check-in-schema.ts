import { z } from "zod";
import { MINUTES_MAX, MINUTES_STEP, NOTE_MAX } from "./check-in-limits";

// Form fields arrive as strings; a mood is one of the seven faces, minutes a step of the slider.
export const checkInSchema = z.object({
  mood: z.coerce
    .number({ error: "Choose the face closest to how you feel" })
    .int("Choose the face closest to how you feel")
    .min(1, "Choose the face closest to how you feel")
    .max(7, "Choose the face closest to how you feel"),
  note: z
    .string({ error: `Your message must be text of at most ${NOTE_MAX} characters` })
    // Browsers send a textarea's line breaks as CRLF but count each as one character.
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().max(NOTE_MAX, `Your message must be at most ${NOTE_MAX} characters`))
    .optional()
    .transform((v) => (v ? v : null)),
  minutes: z.coerce
    .number({ error: `Minutes must be a number from 0 to ${MINUTES_MAX}` })
    .int(`Minutes must be a whole number from 0 to ${MINUTES_MAX}`)
    .min(0, `Minutes must be from 0 to ${MINUTES_MAX}`)
    .max(MINUTES_MAX, `Minutes must be from 0 to ${MINUTES_MAX}`)
    .multipleOf(MINUTES_STEP, `Minutes go in steps of ${MINUTES_STEP}`)
    .default(0),
});

export type CheckIn = z.output<typeof checkInSchema>;
