import { describe, expect, it } from "vitest";
import type { RuleHit } from "./rule-kinds";
import { bySeverity, overallSeverity } from "./severity";

const hit = (rule: RuleHit["rule"], severity: RuleHit["severity"]): RuleHit => ({ rule, severity, reason: `${rule} fired` });

describe("overallSeverity", () => {
  it("is null when no rule fired", () => {
    expect(overallSeverity([])).toBeNull();
  });

  it("is the most severe hit's severity: critical over high over moderate", () => {
    expect(overallSeverity([hit("sharp_drop", "moderate")])).toBe("moderate");
    expect(overallSeverity([hit("sharp_drop", "moderate"), hit("low_mood", "high")])).toBe("high");
    expect(overallSeverity([hit("low_run", "high"), hit("concerning_words", "critical"), hit("silence", "moderate")])).toBe("critical");
  });
});

describe("bySeverity", () => {
  it("puts the most severe first, and equal severities in the rules' order, without changing its input", () => {
    const hits = [hit("sharp_drop", "moderate"), hit("low_run", "high"), hit("concerning_words", "critical"), hit("low_mood", "high")];
    const copy = [...hits];
    expect(bySeverity(hits).map((h) => h.rule)).toEqual(["concerning_words", "low_mood", "low_run", "sharp_drop"]);
    expect(hits).toEqual(copy);
  });
});
