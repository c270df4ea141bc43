import { describe, expect, it } from "vitest";
import { BAND_LABELS, MOOD_BANDS, type MoodBand, moodBand, needsCrisisSupport } from "./mood-band";
import { MOODS } from "./scale";

describe("moodBand", () => {
  it.each([
    [1, "low"],
    [2, "low"],
    [3, "middle"],
    [4, "middle"],
    [5, "middle"],
    [6, "high"],
    [7, "high"],
  ] as const)("puts mood %i in the %s band", (mood, band) => {
    expect(moodBand(mood)).toBe(band);
  });

  it("gives every band at least one mood and uses no other band", () => {
    const used = new Set(MOODS.map((m) => moodBand(m.value)));
    expect([...used].sort()).toEqual([...MOOD_BANDS].sort());
  });

  it("never puts a better mood in a lower band", () => {
    const rank = (band: MoodBand) => MOOD_BANDS.indexOf(band);
    for (let mood = 1; mood < 7; mood += 1) {
      expect(rank(moodBand(mood + 1))).toBeGreaterThanOrEqual(rank(moodBand(mood)));
    }
  });
});

describe("needsCrisisSupport", () => {
  it.each([
    [1, true],
    [2, true],
    [3, false],
    [4, false],
    [5, false],
    [6, false],
    [7, false],
  ])("for mood %i is %s", (mood, expected) => {
    expect(needsCrisisSupport(mood)).toBe(expected);
  });

  it("is shown for exactly Very low and Distressed", () => {
    const words = MOODS.filter((m) => needsCrisisSupport(m.value)).map((m) => m.word);
    expect(words.sort()).toEqual(["Distressed", "Very low"]);
  });
});

describe("bands and their labels", () => {
  it("lists the three bands, hardest first", () => {
    expect(MOOD_BANDS).toEqual(["low", "middle", "high"]);
  });

  it("labels exactly the three bands", () => {
    expect(Object.keys(BAND_LABELS).sort()).toEqual(["high", "low", "middle"]);
  });

  it.each([
    ["low", "Hard days (Very low, Distressed)"],
    ["middle", "In-between days (Low, Uneasy, Okay)"],
    ["high", "Good days (Good, Great)"],
  ] as const)("labels %s as %j", (band, label) => {
    expect(BAND_LABELS[band]).toBe(label);
  });

  it.each(MOOD_BANDS)("names in the %s label exactly the words of the moods moodBand puts there", (band) => {
    const listed = /\(([^)]*)\)$/.exec(BAND_LABELS[band])?.[1].split(", ") ?? [];
    const words = MOODS.filter((m) => moodBand(m.value) === band).map((m) => m.word);
    expect(listed.sort()).toEqual(words.sort());
  });

  it("gives every band its own label", () => {
    expect(new Set(Object.values(BAND_LABELS)).size).toBe(3);
  });
});

describe("a mood that is not a clear number", () => {
  it.each([Number.NaN, undefined as unknown as number, -1, 0])("errs towards crisis support (%s)", (value) => {
    expect(moodBand(value)).toBe("low");
    expect(needsCrisisSupport(value)).toBe(true);
  });
});
