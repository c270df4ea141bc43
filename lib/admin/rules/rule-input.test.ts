import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "@/lib/risk/rule-parameters";
import { isRuleKind, parseRuleInput, ruleFormValues } from "./rule-input";

describe("a rule's settings from the admin's form", () => {
  it("reads the fields a form posts, and plain values", () => {
    expect(parseRuleInput("sharp_drop", { enabled: "on", steps: " 2.5 ", days: "10", minEntries: "4", other: "ignored" })).toEqual({
      ok: true,
      data: { enabled: true, steps: 2.5, days: 10, minEntries: 4 },
    });
    expect(parseRuleInput("low_mood", { enabled: "true", atOrBelow: 3 })).toEqual({ ok: true, data: { enabled: true, atOrBelow: 3 } });
    expect(parseRuleInput("low_mood", { enabled: "off", atOrBelow: "1" })).toEqual({ ok: true, data: { enabled: false, atOrBelow: 1 } });
    expect(parseRuleInput("concerning_words", { enabled: true, phrases: ["suicid*"], maxGap: 0 })).toMatchObject({ ok: true, data: { phrases: ["suicid*"] } });
  });

  it("answers text where a number belongs, or a list that is not one, with the field's own message", () => {
    expect(parseRuleInput("low_run", { enabled: "on", days: "three", atOrBelow: "3" })).toMatchObject({
      fieldErrors: { days: ["Give the number of days as a whole number from 1 to 60"] },
    });
    expect(parseRuleInput("concerning_words", { enabled: "on", phrases: 42, maxGap: "2" })).toMatchObject({
      fieldErrors: { phrases: ["Give the phrases as a list, one per line"] },
    });
    expect(parseRuleInput("concerning_words", { enabled: "on", phrases: ["ok phrase", 7], maxGap: "2" })).toMatchObject({
      fieldErrors: { phrases: ["“7”: Each phrase must be text"] },
    });
  });

  it("shows the settings as text, the phrases one per line", () => {
    expect(ruleFormValues(DEFAULT_RULES.low_run)).toEqual({ enabled: true, days: "3", atOrBelow: "3" });
    expect(ruleFormValues({ enabled: false, phrases: ["a b", "c d"], maxGap: 2 })).toEqual({ enabled: false, phrases: "a b\nc d", maxGap: "2" });
  });

  it("knows the rule kinds", () => {
    expect(isRuleKind("silence")).toBe(true);
    expect(isRuleKind("constructor")).toBe(false);
    expect(isRuleKind(3)).toBe(false);
  });
});
