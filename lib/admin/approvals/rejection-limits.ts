// Kept apart from the zod schema so the reject form can use them without shipping zod.
export const REJECTION_REASON_MIN = 10;
export const REJECTION_REASON_MAX = 1000;
