import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/moods/local-date";
import { assessEntry } from "./assess-entry";
import type { EntryAssessmentInput, HistoryDay } from "./rule-kinds";
import { DEFAULT_RULES, parseRulesConfig, type RulesConfig } from "./rule-parameters";

const DATE = "2026-03-02"; // the day after 28 February: runs and windows cross a month end

/** History from moods listed oldest first, the last on the day before DATE; null is a day with no check-in. */
function daysBefore(...moods: (number | null)[]): HistoryDay[] {
  return moods.flatMap((mood, i) => (mood === null ? [] : [{ date: addDays(DATE, i - moods.length), mood }]));
}

function entry(mood: number, history: HistoryDay[] = [], note: string | null = null): EntryAssessmentInput {
  return { mood, note, date: DATE, history };
}

const only = (kind: keyof RulesConfig): RulesConfig =>
  parseRulesConfig(Object.fromEntries(Object.keys(DEFAULT_RULES).map((k) => [k, { enabled: k === kind }])));

describe("assessEntry: nothing to see", () => {
  it("returns no hits for an Okay day with a calm note and no history", () => {
    expect(assessEntry(entry(5, [], "Walked the dog, felt fine."))).toEqual([]);
    expect(assessEntry(entry(7))).toEqual([]);
  });
});

describe("assessEntry: low mood", () => {
  it.each([
    [2, "Mood was Very low."],
    [1, "Mood was Distressed."],
  ])("fires, high, for mood %i", (mood, reason) => {
    expect(assessEntry(entry(mood), only("low_mood"))).toEqual([{ rule: "low_mood", severity: "high", reason }]);
  });

  it("does not fire above the threshold", () => {
    expect(assessEntry(entry(3), only("low_mood"))).toEqual([]);
  });

  it("follows the admin's threshold", () => {
    const rules = parseRulesConfig({ low_mood: { atOrBelow: 4 } });
    expect(assessEntry(entry(4), rules)).toEqual([{ rule: "low_mood", severity: "high", reason: "Mood was Uneasy." }]);
    expect(assessEntry(entry(5), rules)).toEqual([]);
  });
});

describe("assessEntry: concerning words", () => {
  it("fires, critical, whatever the mood, quoting the patient's words", () => {
    for (const mood of [7, 5, 1]) {
      expect(assessEntry(entry(mood, [], "honestly I want to kill myself"), only("concerning_words"))).toEqual([
        { rule: "concerning_words", severity: "critical", reason: "The note says “kill myself”." },
      ]);
    }
  });

  it("quotes each matched passage once, in the order they were written", () => {
    const [hit] = assessEntry(entry(5, [], "I'm su1c1dal. I want to end it all, end it all, and kill my self"), only("concerning_words"));
    // "want* to end it" and "end* it all" overlap: one passage.
    expect(hit.reason).toBe("The note says “su1c1dal”, “want to end it all” and “kill my self”.");
    const [two] = assessEntry(entry(5, [], "kms. overdose"), only("concerning_words"));
    expect(two.reason).toBe("The note says “kms” and “overdose”.");
  });

  it("does not fire without a note, or for a harmless one", () => {
    expect(assessEntry(entry(5, [], null), only("concerning_words"))).toEqual([]);
    expect(assessEntry(entry(5, [], ""), only("concerning_words"))).toEqual([]);
    expect(assessEntry(entry(5, [], "this traffic is killing me"), only("concerning_words"))).toEqual([]);
  });

  it("uses the admin's phrases and gap", () => {
    const rules = parseRulesConfig({ concerning_words: { phrases: ["hopeless"], maxGap: 0 } });
    expect(assessEntry(entry(5, [], "I want to die"), rules)).toEqual([]);
    expect(assessEntry(entry(5, [], "Feeling HOPELESS"), rules)).toEqual([
      { rule: "concerning_words", severity: "critical", reason: "The note says “HOPELESS”." },
    ]);
  });
});

describe("assessEntry: a run of low days", () => {
  it("fires, high, on the third calendar day in a row at Low or below", () => {
    expect(assessEntry(entry(3, daysBefore(3, 2)), only("low_run"))).toEqual([
      { rule: "low_run", severity: "high", reason: "3 days in a row at Low or below." },
    ]);
  });

  it("gives the whole run when it is longer", () => {
    expect(assessEntry(entry(1, daysBefore(6, 3, 1, 2, 3)), only("low_run"))).toEqual([
      { rule: "low_run", severity: "high", reason: "5 days in a row at Low or below." },
    ]);
  });

  it("needs the entry itself to be low", () => {
    expect(assessEntry(entry(4, daysBefore(3, 3, 3)), only("low_run"))).toEqual([]);
  });

  it("counts calendar days: a missed day or a better day breaks the run", () => {
    expect(assessEntry(entry(3, daysBefore(3, null)), only("low_run"))).toEqual([]);
    expect(assessEntry(entry(3, daysBefore(3, 3, null)), only("low_run"))).toEqual([]);
    expect(assessEntry(entry(3, daysBefore(3, 4)), only("low_run"))).toEqual([]);
    expect(assessEntry(entry(3, daysBefore(3)), only("low_run"))).toEqual([]);
  });

  it("reads history in any order, ignoring history on or after the entry's date", () => {
    const history = [...daysBefore(3, 3)].reverse();
    history.push({ date: DATE, mood: 7 }, { date: addDays(DATE, 1), mood: 7 });
    expect(assessEntry(entry(3, history), only("low_run"))).toHaveLength(1);
    // Later days do not make a run either.
    expect(assessEntry(entry(3, [{ date: addDays(DATE, 1), mood: 1 }, { date: addDays(DATE, 2), mood: 1 }]), only("low_run"))).toEqual([]);
  });

  it("takes the later of two history items for one date", () => {
    const yesterday = addDays(DATE, -1);
    const twoDaysAgo = addDays(DATE, -2);
    const edited = [
      { date: twoDaysAgo, mood: 3 },
      { date: yesterday, mood: 6 },
      { date: yesterday, mood: 2 },
    ];
    expect(assessEntry(entry(3, edited), only("low_run"))).toHaveLength(1);
    expect(assessEntry(entry(3, [edited[0], edited[2], edited[1]]), only("low_run"))).toEqual([]);
  });

  it("follows the admin's days and threshold, in words for the threshold", () => {
    const rules = parseRulesConfig({ low_run: { enabled: true, days: 2, atOrBelow: 1 }, low_mood: { enabled: false } });
    expect(assessEntry(entry(1, daysBefore(1)), rules)).toEqual([{ rule: "low_run", severity: "high", reason: "2 days in a row at Distressed." }]);
    expect(assessEntry(entry(1, daysBefore(2)), rules)).toEqual([]);
    const single = parseRulesConfig({ low_run: { days: 1, atOrBelow: 3 }, low_mood: { enabled: false } });
    expect(assessEntry(entry(3), single)).toEqual([{ rule: "low_run", severity: "high", reason: "A day at Low or below." }]);
  });
});

describe("assessEntry: a sharp drop", () => {
  // 14 days before DATE with five check-ins averaging 6.4.
  const usual = daysBefore(7, null, 6, null, null, 7, null, null, 6, null, null, null, null, 6);

  it("fires, moderate, at 3 or more steps below the 14-day average", () => {
    expect(assessEntry(entry(3, usual), only("sharp_drop"))).toEqual([
      { rule: "sharp_drop", severity: "moderate", reason: "Low is 3.4 steps below the 14-day average (6.4)." },
    ]);
  });

  it("does not fire less than 3 steps below", () => {
    expect(assessEntry(entry(4, usual), only("sharp_drop"))).toEqual([]);
  });

  it("fires at exactly 3 steps below, without rounding errors", () => {
    // Average 6 exactly, and an average of 6.2 against 3.2 steps below at half-step settings.
    expect(assessEntry(entry(3, daysBefore(6, 6, 6, 6, 6)), only("sharp_drop"))).toEqual([
      { rule: "sharp_drop", severity: "moderate", reason: "Low is 3.0 steps below the 14-day average (6.0)." },
    ]);
    const rules = parseRulesConfig({ sharp_drop: { enabled: true, steps: 3.5 }, low_mood: { enabled: false }, low_run: { enabled: false } });
    expect(assessEntry(entry(3, daysBefore(7, 6, 6, 6, 7, 7, 6, 7, 6, 6)), rules)).toHaveLength(0); // 6.4 - 3 = 3.4 < 3.5
    expect(assessEntry(entry(3, daysBefore(7, 6, 7, 6)), rules)).toHaveLength(0); // 6.5 - 3 = 3.5, but only 4 check-ins
    expect(assessEntry(entry(3, daysBefore(7, 6, 7, 6, 7, 6)), rules)).toEqual([
      { rule: "sharp_drop", severity: "moderate", reason: "Low is 3.5 steps below the 14-day average (6.5)." },
    ]);
  });

  it("needs at least 5 check-ins in the 14 days", () => {
    expect(assessEntry(entry(1, daysBefore(7, 7, 7, 7)), only("sharp_drop"))).toEqual([]);
    expect(assessEntry(entry(1, daysBefore(7, 7, 7, 7, 7)), only("sharp_drop"))).toHaveLength(1);
  });

  it("averages only the 14 calendar days before the entry's date", () => {
    // Five great days 15 to 19 days ago are outside the window; the window holds four Okay days.
    const old = daysBefore(7, 7, 7, 7, 7, null, null, null, null, null, null, null, null, null, null, 5, 5, 5, 5);
    expect(assessEntry(entry(2, old), only("sharp_drop"))).toEqual([]);
    // A great day on the entry's own date or later does not count.
    const withToday = [...daysBefore(5, 5, 5, 5, 5), { date: DATE, mood: 7 }, { date: addDays(DATE, 3), mood: 7 }];
    expect(assessEntry(entry(2, withToday), only("sharp_drop"))).toEqual([
      { rule: "sharp_drop", severity: "moderate", reason: "Very low is 3.0 steps below the 14-day average (5.0)." },
    ]);
  });

  it("shows the drop from the average as shown, so the numbers add up", () => {
    // 47 / 7 = 6.714…, shown as 6.7; 6.7 - 3 = 3.7.
    expect(assessEntry(entry(3, daysBefore(7, 7, 7, 6, 7, 6, 7)), only("sharp_drop"))[0].reason).toBe(
      "Low is 3.7 steps below the 14-day average (6.7).",
    );
  });

  it("follows the admin's window", () => {
    const rules = parseRulesConfig({ sharp_drop: { enabled: true, steps: 2, days: 3, minEntries: 3 }, low_mood: { enabled: false }, low_run: { enabled: false } });
    expect(assessEntry(entry(4, daysBefore(6, 6, 6)), rules)).toEqual([
      { rule: "sharp_drop", severity: "moderate", reason: "Uneasy is 2.0 steps below the 3-day average (6.0)." },
    ]);
  });
});

describe("assessEntry: several rules at once", () => {
  it("returns every hit, most severe first", () => {
    const history = daysBefore(7, 7, 6, 7, 6, 3, 2);
    const hits = assessEntry(entry(1, history, "I can't go on"));
    expect(hits.map((h) => [h.rule, h.severity])).toEqual([
      ["concerning_words", "critical"],
      ["low_mood", "high"],
      ["low_run", "high"],
      ["sharp_drop", "moderate"],
    ]);
  });

  it("never fires a disabled rule", () => {
    const off = parseRulesConfig(Object.fromEntries(Object.keys(DEFAULT_RULES).map((k) => [k, { enabled: false }])));
    expect(assessEntry(entry(1, daysBefore(7, 7, 7, 7, 2, 1), "I want to kill myself"), off)).toEqual([]);
  });

  it("still reports every hit for a mood off the scale, rather than throwing", () => {
    expect(assessEntry(entry(0, daysBefore(6, 6, 6, 6, 6), "kms")).map((h) => h.reason)).toEqual([
      "The note says “kms”.",
      "Mood was mood 0.",
      "mood 0 is 6.0 steps below the 14-day average (6.0).",
    ]);
  });

  it("uses the default rules when none are given", () => {
    expect(assessEntry(entry(2))).toEqual([{ rule: "low_mood", severity: "high", reason: "Mood was Very low." }]);
  });
});
