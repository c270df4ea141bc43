import { z } from "zod";
import { MOOD_BANDS } from "@/lib/moods/mood-band";

// One schema for the task form in the browser and the server action behind it.
export const taskSchema = z.object({
  title: z.string({ error: "Give the task a title" }).trim().min(1, "Give the task a title").max(120, "The title must be at most 120 characters"),
  instructions: z
    .string({ error: "Write the instructions" })
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().min(10, "Write instructions of at least 10 characters").max(2000, "The instructions must be at most 2000 characters")),
  durationMinutes: z.coerce
    .number({ error: "Give the duration in minutes, from 1 to 120" })
    .int("Give the duration in whole minutes, from 1 to 120")
    .min(1, "Give the duration in minutes, from 1 to 120")
    .max(120, "Give the duration in minutes, from 1 to 120"),
  moodBand: z.enum(MOOD_BANDS, { error: "Choose the days this task suits" }),
});

export type TaskInput = z.output<typeof taskSchema>;
