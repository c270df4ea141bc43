import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/moods/local-date";
import { DEFAULT_RULES, type RulesConfig } from "@/lib/risk/rule-parameters";
import { lookbackDays, noAlerts, onlyRule, replayPatient, type ReplayEntry, totalOf, windowStart } from "./replay-alerts";

const TODAY = "2026-06-15";
const day = (daysAgo: number, mood = 5, note: string | null = null): ReplayEntry => ({ date: addDays(TODAY, -daysAgo), mood, note });
const patient = (entries: ReplayEntry[], active = true) => ({ today: TODAY, active, entries: entries.sort((a, b) => a.date.localeCompare(b.date)) });
const rules = (change: Partial<RulesConfig> = {}): RulesConfig => ({ ...structuredClone(DEFAULT_RULES), ...change });

/** Daily check-ins from `from` days ago to `to` days ago. */
const daily = (from: number, to: number, mood = 5) => Array.from({ length: from - to + 1 }, (_, i) => day(from - i, mood));

describe("replaying the rules over a patient's days", () => {
  it("looks at the 30 days that end today, with the days before them as history only", () => {
    expect(windowStart(TODAY)).toBe("2026-05-17");
    const counts = replayPatient(patient([day(30, 1), day(29, 1), day(0, 2)]), rules());
    expect(counts).toEqual({ ...noAlerts(), low_mood: 2 });
    expect(totalOf(counts)).toBe(2);
  });

  it("reads only the days a check-in would load, so a run longer than the lookback counts as the check-in saw it", () => {
    // Five low days in a row: the run rule fires from the third on.
    expect(replayPatient(patient(daily(5, 1, 3)), rules()).low_run).toBe(3);
    expect(replayPatient(patient(daily(5, 1, 3)), rules({ low_run: { enabled: true, days: 6, atOrBelow: 3 } })).low_run).toBe(0);
  });

  it("opens one silence alert per silence, on its first day, only while the patient is active", () => {
    // Daily until 11 days ago: quiet since, so the sweep opened one alert 7 days ago.
    const quiet = patient(daily(25, 11));
    expect(replayPatient(quiet, rules()).silence).toBe(1);
    expect(replayPatient({ ...quiet, active: false }, rules()).silence).toBe(0);
    // A check-in on the day the silence would have been noticed ended it first (and the next
    // quiet spell is too short).
    expect(replayPatient(patient([...daily(25, 11), day(7), day(3)]), rules()).silence).toBe(0);
    // Noticed before the window opened: that alert is older than the preview.
    expect(replayPatient(patient(daily(60, 40)), rules()).silence).toBe(0);
    // Noticed only after today: not yet.
    expect(replayPatient(patient(daily(16, 2)), rules()).silence).toBe(0);
    // Too few check-ins before it to count as usual.
    expect(replayPatient(patient([day(20), day(15), day(11)]), rules()).silence).toBe(0);
  });

  it("switches off every rule but one, keeping that one's own switch", () => {
    const only = onlyRule(rules(), "sharp_drop");
    expect(Object.entries(only).filter(([, rule]) => rule.enabled).map(([kind]) => kind)).toEqual(["sharp_drop"]);
    expect(only.sharp_drop).toEqual(DEFAULT_RULES.sharp_drop);
    expect(onlyRule(rules({ sharp_drop: { ...DEFAULT_RULES.sharp_drop, enabled: false } }), "sharp_drop").sharp_drop.enabled).toBe(false);
  });

  it("loads as far back as the longest lookback of either rule set", () => {
    expect(lookbackDays(rules())).toBe(17);
    expect(lookbackDays(rules(), rules({ low_run: { enabled: true, days: 40, atOrBelow: 3 } }))).toBe(40);
  });
});
