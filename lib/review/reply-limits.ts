// Kept apart from the zod schema so the reply form can use it without shipping zod.
export const REPLY_MAX = 500;
