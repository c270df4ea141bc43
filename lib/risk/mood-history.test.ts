import { describe, expect, it } from "vitest";
import { moodsByDate, moodsInDaysBefore } from "./mood-history";

describe("moodsByDate", () => {
  it("takes history in any order, the later of two items for one date winning", () => {
    const moods = moodsByDate([
      { date: "2026-03-02", mood: 4 },
      { date: "2026-03-01", mood: 6 },
      { date: "2026-03-02", mood: 2 },
    ]);
    expect([...moods.entries()].sort()).toEqual([
      ["2026-03-01", 6],
      ["2026-03-02", 2],
    ]);
  });
});

describe("moodsInDaysBefore", () => {
  const moods = moodsByDate([
    { date: "2026-02-26", mood: 1 }, // 4 days before: outside a 3-day window
    { date: "2026-02-27", mood: 5 },
    { date: "2026-03-01", mood: 7 },
    { date: "2026-03-02", mood: 3 }, // the day itself: not before it
  ]);

  it("gives the moods on the calendar days just before the date, oldest first, across a month end", () => {
    expect(moodsInDaysBefore(moods, "2026-03-02", 3)).toEqual([5, 7]);
    expect(moodsInDaysBefore(moods, "2026-03-02", 4)).toEqual([1, 5, 7]);
    expect(moodsInDaysBefore(moods, "2026-03-02", 1)).toEqual([7]);
    expect(moodsInDaysBefore(moods, "2026-03-01", 1)).toEqual([]);
  });
});
