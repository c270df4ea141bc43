// Kept apart from the zod schema so the resolve form can use it without shipping zod.
export const RESOLUTION_MAX = 1000;
