import { describe, expect, it } from "vitest";
import { parseEntryId } from "./entry-id";

describe("parseEntryId", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    [42, 42],
    [1, 1],
    ["123456789", 123456789],
    ["9007199254740991", 9007199254740991],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])("reads %j as %i", (value, expected) => {
    expect(parseEntryId(value)).toBe(expected);
  });

  it.each([
    ["zero", "0"],
    ["the number zero", 0],
    ["a negative", "-1"],
    ["a negative number", -1],
    ["a fraction", "1.5"],
    ["a fractional number", 1.5],
    ["letters", "abc"],
    ["digits then letters", "12abc"],
    ["the empty string", ""],
    ["only spaces", "   "],
    ["null", null],
    ["undefined", undefined],
    ["NaN", Number.NaN],
    ["Infinity", "Infinity"],
    ["one past the largest safe integer", "9007199254740992"],
    ["two past the largest safe integer", "9007199254740993"],
    ["a huge number", "1".repeat(40)],
    ["a tiny exponent", "1e-3"],
    ["an object", {}],
    ["an empty array", []],
    ["two values", ["1", "2"]],
    ["false", false],
    ["a path", "1/edit"],
    ["SQL", "1 OR 1=1"],
  ])("refuses %s (%j)", (_label, value) => {
    expect(parseEntryId(value)).toBeNull();
  });

  // One entry, one address: other spellings of a number are refused.
  it.each([
    ["exponent notation", "1e3"],
    ["hexadecimal", "0x10"],
    ["a leading zero", "01"],
    ["a trailing .0", "1.0"],
    ["a plus sign", "+3"],
    ["surrounding whitespace", " 7\n"],
    ["a one-element array", ["5"]],
    ["true", true],
  ])("refuses %s (%j)", (_label, value) => {
    expect(parseEntryId(value)).toBeNull();
  });
});
