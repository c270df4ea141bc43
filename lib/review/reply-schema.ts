import { z } from "zod";
import { REPLY_MAX } from "./reply-limits";

export const REPLY_TEXT_MESSAGE = `Write a reply of at most ${REPLY_MAX} characters`;

/** A psychiatrist's reply: some words, at most 500 characters once trimmed. */
export const replySchema = z.object({
  text: z
    .string({ error: REPLY_TEXT_MESSAGE })
    // Browsers send a textarea's line breaks as CRLF but count each as one character.
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().min(1, REPLY_TEXT_MESSAGE).max(REPLY_MAX, REPLY_TEXT_MESSAGE)),
});

export type ReplyInput = z.output<typeof replySchema>;
