import { describe, expect, it } from "vitest";
import { REPLY_MAX } from "./reply-limits";
import { REPLY_TEXT_MESSAGE, replySchema } from "./reply-schema";

describe("the reply schema", () => {
  it("keeps the words, trimmed, with line breaks as the patient will read them", () => {
    expect(replySchema.parse({ text: "  Thank you.\r\nSee you Friday.  " })).toEqual({ text: "Thank you.\nSee you Friday." });
    expect(replySchema.parse({ text: "z".repeat(REPLY_MAX) }).text).toHaveLength(REPLY_MAX);
  });

  it.each([[""], ["  \n\t "], ["z".repeat(REPLY_MAX + 1)], [undefined], [42]])("refuses %j with one message", (text) => {
    const result = replySchema.safeParse({ text });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([REPLY_TEXT_MESSAGE]);
  });
});
