import { describe, expect, it } from "vitest";
import { alertRules, moodEntries, users } from "@/db/schema";
import { boolean, column, each, integer, json, limitViolations, matching, number, oneOf, textUpTo } from "./column-limits";

// The checks the property tests rely on must refuse what does not fit, or those tests prove nothing.

describe("column limits", () => {
  it("a VARCHAR column counts characters, takes null only when nullable, and can forbid controls", () => {
    const firstName = column(users.firstName, { noControl: true });
    expect(firstName("😀".repeat(100))).toBeNull();
    expect(firstName("a".repeat(101))).toMatch(/over first_name's 100/);
    expect(firstName(null)).toMatch(/NOT NULL/);
    expect(firstName(42)).toMatch(/not text/);
    expect(firstName("Ada\u202E")).toMatch(/control/);
    expect(firstName("Zoë\u200D")).toBeNull();
    expect(column(moodEntries.note)(null)).toBeNull();
  });

  it("a TEXT column counts bytes, and a JSON value is measured as stored", () => {
    expect(json(alertRules.parameters)({ phrases: ["é".repeat(30_000)] })).toBeNull();
    expect(json(alertRules.parameters)({ phrases: ["é".repeat(33_000)] })).toMatch(/65535 bytes/);
  });

  it("numbers, booleans, choices, patterns and lists are checked for what they are", () => {
    expect(integer(1, 7)(7)).toBeNull();
    expect([integer(1, 7)(8), integer(1, 7)(1.5), integer(1, 7)("3")].every(Boolean)).toBe(true);
    expect(number(0.25, 72)(0.25)).toBeNull();
    expect([number(0.25, 72)(NaN), number(0.25, 72)(Infinity), number(0.25, 72)(0)].every(Boolean)).toBe(true);
    expect([boolean(true), boolean("on")]).toEqual([null, expect.any(String)]);
    expect([oneOf(["a"])("a"), oneOf(["a"])("b")]).toEqual([null, expect.any(String)]);
    expect([matching(/^\d+$/)("12"), matching(/^\d+$/)("1a"), matching(/^\d+$/)(12)]).toEqual([null, expect.any(String), expect.any(String)]);
    expect([textUpTo(3)("😀😀😀"), textUpTo(3)("abcd"), textUpTo(3)(undefined)]).toEqual([null, expect.any(String), expect.any(String)]);
    expect([each(integer(1, 2))([1, 2]), each(integer(1, 2))([1, 3]), each(integer(1, 2))(1)]).toEqual([null, expect.any(String), expect.any(String)]);
  });

  it("reports an output field no limit names, and checks each element of a list", () => {
    expect(limitViolations({ mood: 3, extra: "x" }, { mood: integer(1, 7) })).toEqual(["extra: no column limit for this field"]);
    expect(limitViolations([{ mood: 9 }], { "[].mood": integer(1, 7) })).toEqual(["[].mood: 9 is not a whole number from 1 to 7"]);
    expect(limitViolations("x", { "": oneOf(["y"]) })).toEqual(["value: \"x\" is not one of y"]);
  });
});
