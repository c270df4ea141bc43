import { describe, expect, it } from "vitest";
import { MOODS } from "./scale";

describe("MOODS", () => {
  it("runs from 7 (best) down to 1 (worst)", () => {
    expect(MOODS.map((m) => m.value)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("uses exactly these words, in order", () => {
    expect(MOODS.map((m) => m.word)).toEqual(["Great", "Good", "Okay", "Uneasy", "Low", "Very low", "Distressed"]);
  });

  it.each(MOODS.map((m) => [m.value, m] as const))("gives mood %s a non-empty face and word", (_value, mood) => {
    expect(mood.face.trim()).not.toBe("");
    expect(mood.word.trim()).not.toBe("");
    expect(mood.face).not.toBe(mood.word);
  });

  it("gives every mood its own face", () => {
    expect(new Set(MOODS.map((m) => m.face)).size).toBe(MOODS.length);
  });
});
