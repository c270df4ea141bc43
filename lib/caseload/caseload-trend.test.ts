import { describe, expect, it } from "vitest";
import { attentionReasons } from "./caseload-attention";
import { sevenDayTrend, trendRange } from "./caseload-trend";

describe("the seven-day trend", () => {
  it("lists the seven days ending today, oldest first, with gaps for missed days", () => {
    const trend = sevenDayTrend("2026-03-02", new Map([["2026-02-24", 7], ["2026-02-28", 3], ["2026-03-02", 1], ["2026-02-23", 5]]));
    expect(trend).toEqual([
      { date: "2026-02-24", mood: 7 },
      { date: "2026-02-25", mood: null },
      { date: "2026-02-26", mood: null },
      { date: "2026-02-27", mood: null },
      { date: "2026-02-28", mood: 3 },
      { date: "2026-03-01", mood: null },
      { date: "2026-03-02", mood: 1 },
    ]);
  });

  it("reads one range that holds every listed patient's week, whatever their today", () => {
    expect(trendRange([])).toBeNull();
    expect(trendRange(["2026-06-15"])).toEqual({ from: "2026-06-09", to: "2026-06-15" });
    expect(trendRange(["2026-06-15", "2026-06-16", "2026-06-14"])).toEqual({ from: "2026-06-08", to: "2026-06-16" });
  });
});

describe("who needs attention", () => {
  it("says why, most pressing first", () => {
    expect(attentionReasons({ unresolvedAlerts: 2, unreviewedLow: 1, daysSinceCheckIn: 4 })).toEqual(["2 unresolved alerts", "1 low mood to review", "no check-in for 4 days"]);
    expect(attentionReasons({ unresolvedAlerts: 1, unreviewedLow: 3, daysSinceCheckIn: null })).toEqual(["1 unresolved alert", "3 low moods to review", "never checked in"]);
  });

  it("leaves out a patient who checked in within two days and has no low mood waiting", () => {
    expect(attentionReasons({ unresolvedAlerts: 0, unreviewedLow: 0, daysSinceCheckIn: 2 })).toEqual([]);
    expect(attentionReasons({ unresolvedAlerts: 0, unreviewedLow: 0, daysSinceCheckIn: 0 })).toEqual([]);
    expect(attentionReasons({ unresolvedAlerts: 0, unreviewedLow: 0, daysSinceCheckIn: 3 })).toEqual(["no check-in for 3 days"]);
  });
});
