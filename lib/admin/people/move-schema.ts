import { z } from "zod";

export const CHOOSE_PSYCHIATRIST = "Choose the psychiatrist to move them to.";

/** The move form: the psychiatrist chosen from the list, sent as their id. */
export const moveSchema = z.object({
  psychiatristId: z
    .string(CHOOSE_PSYCHIATRIST)
    .regex(/^[1-9]\d{0,15}$/, CHOOSE_PSYCHIATRIST)
    .transform(Number)
    .refine(Number.isSafeInteger, CHOOSE_PSYCHIATRIST),
});

export type MoveInput = z.input<typeof moveSchema>;
