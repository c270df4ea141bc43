import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/moods/local-date";
import { assessSilence, silenceLookback } from "./assess-silence";
import type { HistoryDay } from "./rule-kinds";
import { parseRulesConfig } from "./rule-parameters";

const TODAY = "2026-03-03"; // the silence (28 Feb – 2 Mar) crosses a month end

/** A check-in `back` days before TODAY for each number given. */
function checkIns(...back: number[]): HistoryDay[] {
  return back.map((days) => ({ date: addDays(TODAY, -days), mood: 5 }));
}

// Five check-ins in the 14 days before the silence: 4 to 17 days before today.
const regular = checkIns(4, 6, 9, 12, 17);

describe("silenceLookback", () => {
  it("is the silence plus the stretch before it", () => {
    expect(silenceLookback()).toBe(17);
    expect(silenceLookback(parseRulesConfig({ silence: { days: 5, lookbackDays: 30 } }))).toBe(35);
  });
});

describe("assessSilence", () => {
  it("fires, moderate, after 3 full days without a check-in from someone who checked in 5 times in the 14 days before", () => {
    expect(assessSilence({ today: TODAY, history: regular })).toEqual({
      rule: "silence",
      severity: "moderate",
      reason: "No check-in for 3 days (checked in 5 times in the 14 days before).",
    });
  });

  it.each([1, 2, 3])("does not fire with a check-in %i days ago", (back) => {
    expect(assessSilence({ today: TODAY, history: [...regular, ...checkIns(back)] })).toBeNull();
  });

  it("does not fire with a check-in today, or dated after today", () => {
    expect(assessSilence({ today: TODAY, history: [...regular, ...checkIns(0)] })).toBeNull();
    expect(assessSilence({ today: TODAY, history: [...regular, ...checkIns(-1)] })).toBeNull();
  });

  it("needs 5 check-ins in the 14 days before the silence", () => {
    expect(assessSilence({ today: TODAY, history: checkIns(4, 6, 9, 12) })).toBeNull();
    // The fifth is 18 days ago: outside the 14 days before the silence.
    expect(assessSilence({ today: TODAY, history: checkIns(4, 6, 9, 12, 18) })).toBeNull();
    // Two items for one day are one check-in.
    expect(assessSilence({ today: TODAY, history: [...checkIns(4, 6, 9, 12), ...checkIns(12)] })).toBeNull();
  });

  it("counts every check-in in the stretch, in any order", () => {
    const daily = checkIns(17, 4, 16, 5, 15, 6, 14, 7, 13);
    expect(assessSilence({ today: TODAY, history: daily })?.reason).toBe("No check-in for 3 days (checked in 9 times in the 14 days before).");
  });

  it("follows the admin's settings, in words", () => {
    const rules = parseRulesConfig({ silence: { days: 1, lookbackDays: 1, minCheckIns: 1 } });
    expect(assessSilence({ today: TODAY, history: checkIns(2) }, rules)?.reason).toBe("No check-in for 1 day (checked in once in the 1 day before).");
    expect(assessSilence({ today: TODAY, history: checkIns(3) }, rules)).toBeNull();
    expect(assessSilence({ today: TODAY, history: checkIns(1) }, rules)).toBeNull();
  });

  it("never fires when disabled", () => {
    expect(assessSilence({ today: TODAY, history: regular }, parseRulesConfig({ silence: { enabled: false } }))).toBeNull();
  });
});
