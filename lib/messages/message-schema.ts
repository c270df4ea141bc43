import { z } from "zod";
import { MESSAGE_MAX } from "./message-limits";

const TOO_LONG = `Keep the message to ${MESSAGE_MAX} characters or fewer`;

// One schema for the message form in the browser and the server action behind it. A message is
// shown as one short paragraph under a check-in, so line breaks and runs of spaces become one space.
export const messageSchema = z.object({
  text: z
    .string({ error: "Write the message" })
    .transform((text) => text.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Write the message").max(MESSAGE_MAX, TOO_LONG)),
});

export type MessageInput = z.output<typeof messageSchema>;
