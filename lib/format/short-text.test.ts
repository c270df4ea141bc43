import { describe, expect, it } from "vitest";
import { shortText } from "./short-text";

describe("shortText", () => {
  it("keeps a short text whole", () => {
    expect(shortText("Rest isn't something you have to earn.")).toBe("Rest isn't something you have to earn.");
  });

  it("cuts a long one at a word", () => {
    expect(shortText("Be as kind to yourself today as you would be to a good friend, always.", 30)).toBe("Be as kind to yourself today…");
  });

  it("cuts a long word where it must", () => {
    expect(shortText("x".repeat(80), 10)).toBe(`${"x".repeat(10)}…`);
  });
});
