import { describe, expect, it } from "vitest";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, isCommonPassword } from "./password-rules";

describe("password rules", () => {
  it("allows 10 to 128 characters", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(MAX_PASSWORD_LENGTH).toBe(128);
  });

  it.each([
    ["a leaked keyboard run", "qwertyuiop"],
    ["a leaked word and digits", "password123"],
    ["a leaked digit run", "1234567890"],
    ["a leaked one in mixed case", "QwertyUiop"],
    ["a leaked one in upper case", "PASSWORD123"],
    ["one letter repeated", "aaaaaaaaaaaa"],
    ["one upper-case letter repeated", "ZZZZZZZZZZ"],
    ["one space repeated", "          "],
    ["one emoji repeated", "😀😀😀😀😀😀😀😀😀😀"],
  ])("refuses %s (%j)", (_label, password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    ["a random passphrase", "violet-anchor-drizzle-47"],
    ["a sentence", "correct horse battery staple"],
    ["almost one repeated letter", "aaaaaaaaab"],
    ["a leaked one with extra text", "qwertyuiop!x"],
  ])("accepts %s (%j)", (_label, password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});
