import { describe, expect, it } from "vitest";
import { MESSAGE_MAX } from "./message-limits";
import { messageSchema } from "./message-schema";

const errorFor = (value: unknown) => messageSchema.safeParse(value).error?.issues.find((i) => i.path[0] === "text")?.message;

describe("messageSchema", () => {
  it.each([
    [{}, "Write the message"],
    [{ text: 42 }, "Write the message"],
    [{ text: "" }, "Write the message"],
    [{ text: " \r\n\t " }, "Write the message"],
    [{ text: "x".repeat(MESSAGE_MAX + 1) }, `Keep the message to ${MESSAGE_MAX} characters or fewer`],
  ])("refuses %j", (value, message) => {
    expect(errorFor(value)).toBe(message);
  });

  it("makes line breaks and runs of spaces one space, so the message reads as one paragraph", () => {
    expect(messageSchema.parse({ text: "  Rest is\r\nnot earned.\n\n  It is   needed. " })).toEqual({ text: "Rest is not earned. It is needed." });
  });

  it("counts the length after tidying, so spaces a message does not keep do not count", () => {
    const text = `${"x".repeat(MESSAGE_MAX)}   \n`;
    expect(messageSchema.parse({ text })).toEqual({ text: "x".repeat(MESSAGE_MAX) });
  });
});
