// Kept apart from the zod schema so the check-in form can use them without shipping zod.
export const NOTE_MAX = 280;
export const MINUTES_MAX = 120;
export const MINUTES_STEP = 5;
