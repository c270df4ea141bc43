import { describe, expect, it } from "vitest";
import { DEFAULT_PHONE_REGION, toE164 } from "./phone";

describe("toE164", () => {
  it("reads numbers without a country code as British", () => {
    expect(DEFAULT_PHONE_REGION).toBe("GB");
  });

  it.each([
    ["07911 123456", "+447911123456"],
    ["07911123456", "+447911123456"],
    ["  07911 123456  ", "+447911123456"],
    ["+44 7911 123456", "+447911123456"],
    ["+447911123456", "+447911123456"],
    ["0044 7911 123456", "+447911123456"],
    ["+44 (0)7911-123-456", "+447911123456"],
    ["(07911) 123-456", "+447911123456"],
    ["07911-123-456", "+447911123456"],
    ["020 7946 0958", "+442079460958"],
    ["020 7946 0018", "+442079460018"],
    ["+44 20 7946 0018", "+442079460018"],
    ["+1 213 373 4253", "+12133734253"],
    ["+33 6 12 34 56 78", "+33612345678"],
    ["+61 4 1234 5678", "+61412345678"],
  ])("accepts %j as %j", (raw, expected) => {
    expect(toE164(raw)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["too short to be anything", "123"],
    ["letters", "abcdefghijk"],
    ["a UK mobile one digit short", "07911 12345"],
    ["a UK mobile one digit long", "07911 1234567"],
    ["far too long", "+44 7911 123456 7890 1234"],
    ["an unassigned country code", "+999 1234567"],
  ])("rejects %s (%j)", (_label, raw) => {
    expect(toE164(raw)).toBeNull();
  });
});
