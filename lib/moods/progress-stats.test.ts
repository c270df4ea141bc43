import { describe, expect, it } from "vitest";
import { currentStreak, progressStats, rangeDaysFrom, weeklySummaries, type DayEntry } from "./progress-stats";

const range = { from: "2025-03-01", to: "2025-03-07" };
const entry = (date: string, mood: number, minutes = 0): DayEntry => ({ date, mood, minutes });
const counts = (stats: ReturnType<typeof progressStats>) => stats.faceCounts.map((c) => c.count);

describe("rangeDaysFrom", () => {
  it.each(["7", "30", "90", "365"])("accepts %s", (value) => {
    expect(rangeDaysFrom(value)).toBe(Number(value));
  });

  it.each([undefined, "", "0", "14", "abc", "30.0", " 7", "-7", "3650"])("falls back to 30 for %j", (value) => {
    expect(rangeDaysFrom(value)).toBe(30);
  });

  it("reads the first of repeated parameters", () => {
    expect(rangeDaysFrom(["90", "7"])).toBe(90);
    expect(rangeDaysFrom([])).toBe(30);
  });
});

describe("progressStats with no entries", () => {
  const stats = progressStats(range, []);

  it("lists every day of the range as missed", () => {
    expect(stats.days).toHaveLength(7);
    expect(stats.days[0]).toEqual({ date: "2025-03-01", mood: null, minutes: null });
    expect(stats.days[6]).toEqual({ date: "2025-03-07", mood: null, minutes: null });
  });

  it("has no average, no streak and zero counts", () => {
    expect(stats).toMatchObject({
      from: "2025-03-01",
      to: "2025-03-07",
      streak: 0,
      averageMood: null,
      totalMinutes: 0,
      averageMinutes: null,
      daysCheckedIn: 0,
      daysInRange: 7,
    });
    expect(counts(stats)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("still lists all seven faces, best to worst", () => {
    expect(stats.faceCounts.map((c) => c.mood)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });
});

describe("progressStats with a single entry", () => {
  it("today's entry is a one-day streak and the whole average", () => {
    const stats = progressStats(range, [entry("2025-03-07", 4, 15)]);
    expect(stats).toMatchObject({ streak: 1, averageMood: 4, totalMinutes: 15, averageMinutes: 15, daysCheckedIn: 1 });
    expect(counts(stats)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(stats.days[6]).toEqual({ date: "2025-03-07", mood: 4, minutes: 15 });
  });

  it("yesterday's entry keeps a streak of one while today is still open", () => {
    expect(progressStats(range, [entry("2025-03-06", 6)]).streak).toBe(1);
  });

  it("an entry two days ago is no streak", () => {
    expect(progressStats(range, [entry("2025-03-05", 6)]).streak).toBe(0);
  });

  it("a one-day range works", () => {
    const stats = progressStats({ from: "2025-03-07", to: "2025-03-07" }, [entry("2025-03-07", 1, 5)]);
    expect(stats).toMatchObject({ daysInRange: 1, daysCheckedIn: 1, streak: 1, averageMood: 1 });
    expect(counts(stats)).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });
});

describe("progressStats with gaps", () => {
  const entries = [entry("2025-03-01", 7, 10), entry("2025-03-02", 6, 0), entry("2025-03-04", 2, 20), entry("2025-03-06", 3, 5), entry("2025-03-07", 3, 0)];
  const stats = progressStats(range, entries);

  it("leaves missed days null in the series", () => {
    expect(stats.days.map((d) => d.mood)).toEqual([7, 6, null, 2, null, 3, 3]);
    expect(stats.days.map((d) => d.minutes)).toEqual([10, 0, null, 20, null, 5, 0]);
  });

  it("counts the streak back to the last gap", () => {
    expect(stats.streak).toBe(2);
  });

  it("averages mood to one decimal and minutes per day checked in", () => {
    // (7 + 6 + 2 + 3 + 3) / 5 = 4.2; 35 minutes over 5 check-ins = 7.
    expect(stats).toMatchObject({ averageMood: 4.2, totalMinutes: 35, averageMinutes: 7, daysCheckedIn: 5, daysInRange: 7 });
  });

  it("counts each face", () => {
    expect(counts(stats)).toEqual([1, 1, 0, 0, 2, 1, 0]);
    expect(stats.faceCounts.reduce((sum, c) => sum + c.count, 0)).toBe(stats.daysCheckedIn);
  });

  it("rounds averages half up", () => {
    // 3 + 4 = 3.5 exactly; 1 + 1 + 2 = 1.333… → 1.3; minutes 1 + 2 = 1.5 → 2.
    expect(progressStats(range, [entry("2025-03-01", 3, 1), entry("2025-03-02", 4, 2)])).toMatchObject({ averageMood: 3.5, averageMinutes: 2 });
    expect(progressStats(range, [entry("2025-03-01", 1), entry("2025-03-02", 1), entry("2025-03-03", 2)]).averageMood).toBe(1.3);
    expect(progressStats(range, [entry("2025-03-01", 6), entry("2025-03-02", 7), entry("2025-03-03", 7)]).averageMood).toBe(6.7);
  });
});

describe("progressStats streak", () => {
  it("ends today when today has an entry", () => {
    const entries = ["2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"].map((d) => entry(d, 5));
    expect(progressStats(range, entries).streak).toBe(4);
  });

  it("ends yesterday when today has no entry yet", () => {
    const entries = ["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"].map((d) => entry(d, 5));
    expect(progressStats(range, entries).streak).toBe(4);
  });

  it("is broken by a missed yesterday even with a long run before it", () => {
    const entries = ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04", "2025-03-05", "2025-03-07"].map((d) => entry(d, 5));
    expect(progressStats(range, entries).streak).toBe(1);
  });

  it("covers the whole range when every day was checked in", () => {
    const entries = ["01", "02", "03", "04", "05", "06", "07"].map((d) => entry(`2025-03-${d}`, 5));
    expect(progressStats(range, entries).streak).toBe(7);
  });
});

describe("progressStats range boundaries", () => {
  it("includes entries on the first and last day", () => {
    const stats = progressStats(range, [entry("2025-03-01", 7, 5), entry("2025-03-07", 1, 5)]);
    expect(stats.days[0].mood).toBe(7);
    expect(stats.days[6].mood).toBe(1);
    expect(stats.daysCheckedIn).toBe(2);
  });

  it("ignores entries before or after the range, also for the streak", () => {
    const stats = progressStats(range, [entry("2025-02-28", 1, 60), entry("2025-03-01", 5, 10), entry("2025-03-08", 1, 60)]);
    expect(stats).toMatchObject({ daysCheckedIn: 1, averageMood: 5, totalMinutes: 10, streak: 0 });
    expect(stats.days).toHaveLength(7);
  });

  it("does not count back past the first day", () => {
    const entries = ["2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02"].map((d) => entry(d, 5));
    expect(progressStats({ from: "2025-03-01", to: "2025-03-02" }, entries).streak).toBe(2);
  });

  it("spans month, year and leap-day boundaries day by day", () => {
    const stats = progressStats({ from: "2023-12-30", to: "2024-03-01" }, [entry("2024-02-29", 6), entry("2024-03-01", 6)]);
    expect(stats.daysInRange).toBe(63);
    expect(stats.days[2].date).toBe("2024-01-01");
    expect(stats.days.at(-2)).toEqual({ date: "2024-02-29", mood: 6, minutes: 0 });
    expect(stats.streak).toBe(2);
  });

  it("refuses a range that ends before it starts", () => {
    expect(() => progressStats({ from: "2025-03-07", to: "2025-03-06" }, [])).toThrow(RangeError);
  });
});

describe("currentStreak", () => {
  it("is zero without dates", () => {
    expect(currentStreak([], "2025-03-07")).toBe(0);
  });

  it("ignores future dates and duplicates", () => {
    expect(currentStreak(["2025-03-08", "2025-03-07", "2025-03-07", "2025-03-06"], "2025-03-07")).toBe(2);
  });

  it("counts across a month boundary", () => {
    expect(currentStreak(["2025-02-27", "2025-02-28", "2025-03-01"], "2025-03-01")).toBe(3);
  });
});

describe("weeklySummaries", () => {
  const days = progressStats({ from: "2025-03-01", to: "2025-03-16" }, [
    entry("2025-03-01", 2, 10),
    entry("2025-03-03", 5, 5),
    entry("2025-03-10", 6, 10),
    entry("2025-03-16", 3, 15),
  ]).days;

  it("counts weeks back from the last day, leaving only the oldest short", () => {
    const weeks = weeklySummaries(days);
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      ["2025-03-01", "2025-03-02"],
      ["2025-03-03", "2025-03-09"],
      ["2025-03-10", "2025-03-16"],
    ]);
  });

  it("averages the days checked in and totals the minutes", () => {
    expect(weeklySummaries(days)).toEqual([
      { from: "2025-03-01", to: "2025-03-02", averageMood: 2, totalMinutes: 10, daysCheckedIn: 1 },
      { from: "2025-03-03", to: "2025-03-09", averageMood: 5, totalMinutes: 5, daysCheckedIn: 1 },
      { from: "2025-03-10", to: "2025-03-16", averageMood: 4.5, totalMinutes: 25, daysCheckedIn: 2 },
    ]);
  });

  it("has no average for a week without check-ins", () => {
    const empty = progressStats({ from: "2025-03-01", to: "2025-03-07" }, []).days;
    expect(weeklySummaries(empty)).toEqual([{ from: "2025-03-01", to: "2025-03-07", averageMood: null, totalMinutes: 0, daysCheckedIn: 0 }]);
  });

  it("makes 53 rows of a 365-day year, the first a single day", () => {
    const year = progressStats({ from: "2024-03-08", to: "2025-03-07" }, []).days;
    const weeks = weeklySummaries(year);
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toMatchObject({ from: "2024-03-08", to: "2024-03-08" });
    expect(weeks.at(-1)).toMatchObject({ from: "2025-03-01", to: "2025-03-07" });
  });

  it("is empty for no days", () => {
    expect(weeklySummaries([])).toEqual([]);
  });
});
