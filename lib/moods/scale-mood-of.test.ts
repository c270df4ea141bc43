import { describe, expect, it } from "vitest";
import { MOODS, moodOf } from "./scale";

// scale.test.ts (the scale itself) predates moodOf; this file covers the lookup.
describe("moodOf", () => {
  it.each([
    [7, "😀", "Great"],
    [6, "🙂", "Good"],
    [5, "😶", "Okay"],
    [4, "😕", "Uneasy"],
    [3, "😔", "Low"],
    [2, "😢", "Very low"],
    [1, "😡", "Distressed"],
  ])("gives mood %i the face %s and the word %j", (value, face, word) => {
    expect(moodOf(value)).toEqual({ value, face, word });
  });

  it.each(MOODS.map((m) => [m.value, m] as const))("returns the scale's own entry for %i", (value, mood) => {
    expect(moodOf(value)).toBe(mood);
  });

  it.each([0, 8, 3.5, -1, 70, Number.NaN, Number.POSITIVE_INFINITY])("throws RangeError for %s", (value) => {
    expect(() => moodOf(value)).toThrow(RangeError);
  });

  it("names the bad value in its error", () => {
    expect(() => moodOf(8)).toThrow("no mood 8");
  });
});
