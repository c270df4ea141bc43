import { describe, expect, it } from "vitest";
import { normalizeRegistrationNumber } from "./registration-number";

describe("normalizeRegistrationNumber", () => {
  it.each([
    ["012345", "012345"],
    ["1234567", "1234567"],
    ["01234567", "01234567"],
    [" 1234567 ", "1234567"],
    ["BACP 012345", "012345"],
    ["BACP012345", "012345"],
    ["bacp-01234567", "01234567"],
    ["Bacp - 012345", "012345"],
    ["  BACP   0123456\t", "0123456"],
  ])("accepts %j as %j", (raw, expected) => {
    expect(normalizeRegistrationNumber(raw)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["five digits", "12345"],
    ["nine digits", "123456789"],
    ["prefix only", "BACP"],
    ["prefix with too few digits", "BACP 12345"],
    ["another prefix", "ABC123456"],
    ["prefix after the digits", "012345 BACP"],
    ["a space among the digits", "012 345"],
    ["a hyphen among the digits", "012-345"],
    ["non-ASCII digits", "０１２３４５"],
    ["a decimal point", "01234.5"],
  ])("rejects %s (%j)", (_label, raw) => {
    expect(normalizeRegistrationNumber(raw)).toBeNull();
  });
});
