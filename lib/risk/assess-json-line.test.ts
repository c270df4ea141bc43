import { describe, expect, it } from "vitest";
import { assessJsonLine } from "./assess-json-line";
import { parseRulesConfig } from "./rule-parameters";

const TODAY = "2026-03-03";
const line = (value: unknown) => assessJsonLine(JSON.stringify(value), TODAY);
const error = (text: string) => ({ ok: false, output: { error: text } });
const NOTHING = { ok: true, output: { flagged: false, rules: [], severity: null, reasons: [] } };

describe("assessJsonLine: an entry", () => {
  it("flags a note with concerning words whatever the mood", () => {
    expect(line({ mood: 5, note: "I want to kill myself" })).toEqual({
      ok: true,
      output: { flagged: true, rules: ["concerning_words"], severity: "critical", reasons: ["The note says “kill myself”."] },
    });
  });

  it("reports nothing for a calm day, with or without a note", () => {
    expect(line({ mood: 6 })).toEqual(NOTHING);
    expect(line({ mood: 6, note: null })).toEqual(NOTHING);
    expect(line({ mood: 6, note: "went for a run, feeling great" })).toEqual(NOTHING);
  });

  it("lists every rule that fired, most severe first, with the overall severity", () => {
    expect(line({ mood: 2, note: "can't go on", history: [{ date: "2026-01-02", mood: 3 }, { date: "2026-01-01", mood: 3 }] })).toEqual({
      ok: true,
      output: {
        flagged: true,
        rules: ["concerning_words", "low_mood", "low_run"],
        severity: "critical",
        reasons: ["The note says “can't go on”.", "Mood was Very low.", "3 days in a row at Low or below."],
      },
    });
  });

  it("takes the entry as the day after the latest history when no date is given", () => {
    // History ends 5 January: the entry is the 6th, so the run is 4, 5 and 6 January.
    const history = [{ date: "2026-01-05", mood: 3 }, { date: "2026-01-01", mood: 7 }, { date: "2026-01-04", mood: 3 }];
    expect(line({ mood: 3, history })?.output).toMatchObject({ rules: ["low_run"] });
    // An explicit date a day later breaks the run.
    expect(line({ mood: 3, history, date: "2026-01-07" })).toEqual(NOTHING);
  });

  it("takes the entry as today when there is no history", () => {
    const rules = parseRulesConfig({ low_run: { days: 1, atOrBelow: 3 } });
    expect(assessJsonLine('{"mood":3,"history":[]}', TODAY, rules)?.output).toMatchObject({ rules: ["low_run"] });
  });

  it("uses the rules it is given", () => {
    const rules = parseRulesConfig({ concerning_words: { enabled: false } });
    expect(assessJsonLine('{"mood":5,"note":"kms"}', TODAY, rules)).toEqual(NOTHING);
  });
});

describe("assessJsonLine: silence", () => {
  const history = ["2026-02-27", "2026-02-25", "2026-02-22", "2026-02-19", "2026-02-14"].map((date) => ({ date, mood: 5 }));

  it("checks a history with no mood for silence, as of the date given", () => {
    expect(line({ history, date: "2026-03-03" })).toEqual({
      ok: true,
      output: {
        flagged: true,
        rules: ["silence"],
        severity: "moderate",
        reasons: ["No check-in for 3 days (checked in 5 times in the 14 days before)."],
      },
    });
    expect(line({ history, date: "2026-03-02" })).toEqual(NOTHING);
  });

  it("checks as of today when no date is given", () => {
    expect(line({ history })?.output).toMatchObject({ rules: ["silence"] });
    expect(assessJsonLine(JSON.stringify({ history }), "2026-03-01")).toEqual(NOTHING);
  });
});

describe("assessJsonLine: lines it refuses", () => {
  it("gives nothing for a blank line", () => {
    expect(assessJsonLine("", TODAY)).toBeNull();
    expect(assessJsonLine("  \t ", TODAY)).toBeNull();
  });

  it("refuses text that is not JSON", () => {
    const outcome = assessJsonLine("mood 5", TODAY);
    expect(outcome?.ok).toBe(false);
    expect(outcome?.output).toEqual({ error: expect.stringMatching(/^not valid JSON: /) });
    expect(assessJsonLine('{"mood": 5', TODAY)?.ok).toBe(false);
  });

  it.each([
    [5, "must be a JSON object with mood, note, date and history"],
    [null, "must be a JSON object with mood, note, date and history"],
    [[{ mood: 5 }], "must be a JSON object with mood, note, date and history"],
    [{ moood: 5 }, 'unknown field "moood" (a JSON object has mood, note, date and history)'],
    [{ mood: 5, x: 1, y: 2 }, 'unknown fields "x", "y" (a JSON object has mood, note, date and history)'],
    [{ mood: 0 }, "mood: must be a whole number from 1 (Distressed) to 7 (Great)"],
    [{ mood: 8 }, "mood: must be a whole number from 1 (Distressed) to 7 (Great)"],
    [{ mood: 2.5 }, "mood: must be a whole number from 1 (Distressed) to 7 (Great)"],
    [{ mood: "5" }, "mood: must be a whole number from 1 (Distressed) to 7 (Great)"],
    [{ mood: 5, note: 42 }, "note: must be text or null"],
    [{ mood: 5, date: "2026-02-30" }, "date: must be a calendar date written YYYY-MM-DD"],
    [{ mood: 5, date: "3 March" }, "date: must be a calendar date written YYYY-MM-DD"],
    [{ mood: 5, date: 20260303 }, "date: must be a calendar date written YYYY-MM-DD"],
    [{ mood: 5, history: "none" }, "history: must be a list of days"],
    [{ mood: 5, history: [5] }, "history[0]: must be a history day with date and mood"],
    [{ mood: 5, history: [{ date: "2026-01-01", mood: 5, note: "x" }] }, 'history[0]: unknown field "note" (a history day has date and mood)'],
    [
      { mood: 5, history: [{ date: "2026-01-01", mood: 5 }, { date: "2026-13-01", mood: 9 }] },
      "history[1].date: must be a calendar date written YYYY-MM-DD; history[1].mood: must be a whole number from 1 (Distressed) to 7 (Great)",
    ],
    [{}, "mood: missing (give a mood from 1 to 7, or only a history to check for silence)"],
    [{ note: "sad" }, "mood: missing (give a mood from 1 to 7, or only a history to check for silence)"],
    [{ note: "sad", history: [] }, "mood: missing (a note is assessed with its mood)"],
  ])("refuses %j", (value, message) => {
    expect(line(value)).toEqual(error(message));
  });

  it("accepts a long note: a trial tool, not the check-in form", () => {
    expect(line({ mood: 5, note: "fine ".repeat(100) })).toEqual(NOTHING);
  });
});
