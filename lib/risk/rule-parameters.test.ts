import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_PHRASES } from "./default-phrases";
import { RULE_KINDS } from "./rule-kinds";
import { DEFAULT_RULES, parseRulesConfig, phrasesFromText, readRulesConfig, RULE_SCHEMAS, type RulesConfig } from "./rule-parameters";

/** The messages per field for settings a schema refuses (and a failure if it accepts them). */
function errorsOf<K extends keyof RulesConfig>(kind: K, value: unknown): Record<string, string[]> {
  const schema: z.ZodType = RULE_SCHEMAS[kind];
  const result = schema.safeParse(value);
  expect(result.success, `expected ${JSON.stringify(value)} to be refused`).toBe(false);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
}

const MOOD = "Choose a mood from 1 (Distressed) to 7 (Great)";

describe("DEFAULT_RULES", () => {
  it("are the issue's rules, all on", () => {
    expect(DEFAULT_RULES).toEqual({
      concerning_words: { enabled: true, phrases: [...DEFAULT_PHRASES], maxGap: 2 },
      low_mood: { enabled: true, atOrBelow: 2 },
      low_run: { enabled: true, days: 3, atOrBelow: 3 },
      sharp_drop: { enabled: true, steps: 3, days: 14, minEntries: 5 },
      silence: { enabled: true, days: 3, lookbackDays: 14, minCheckIns: 5 },
    });
  });

  it("pass their own schemas", () => {
    for (const kind of RULE_KINDS) expect(RULE_SCHEMAS[kind].parse(DEFAULT_RULES[kind]), kind).toEqual(DEFAULT_RULES[kind]);
  });

  it("cannot be changed by a caller", () => {
    expect(() => {
      DEFAULT_RULES.low_mood.atOrBelow = 7;
    }).toThrow(TypeError);
    expect(() => DEFAULT_RULES.concerning_words.phrases.push("anything")).toThrow(TypeError);
    expect(DEFAULT_RULES.low_mood.atOrBelow).toBe(2);
  });
});

describe("RULE_SCHEMAS: what an admin may set", () => {
  it("takes moods from 1 to 7, whole", () => {
    expect(RULE_SCHEMAS.low_mood.parse({ enabled: false, atOrBelow: 1 })).toEqual({ enabled: false, atOrBelow: 1 });
    expect(RULE_SCHEMAS.low_mood.parse({ enabled: true, atOrBelow: 7 })).toEqual({ enabled: true, atOrBelow: 7 });
    for (const atOrBelow of [0, 8, 2.5, "2", null]) {
      expect(errorsOf("low_mood", { enabled: true, atOrBelow })).toEqual({ atOrBelow: [MOOD] });
    }
    expect(errorsOf("low_run", { enabled: true, days: 3, atOrBelow: 9 })).toEqual({ atOrBelow: [MOOD] });
  });

  it("takes days from 1 to 60, whole", () => {
    expect(RULE_SCHEMAS.low_run.parse({ enabled: true, days: 60, atOrBelow: 3 }).days).toBe(60);
    expect(RULE_SCHEMAS.low_run.parse({ enabled: true, days: 1, atOrBelow: 3 }).days).toBe(1);
    for (const days of [0, 61, 1.5, Infinity]) {
      expect(errorsOf("low_run", { enabled: true, days, atOrBelow: 3 })).toEqual({ days: ["Give the number of days as a whole number from 1 to 60"] });
    }
    expect(errorsOf("silence", { enabled: true, days: 3, lookbackDays: 0, minCheckIns: 0 })).toEqual({
      lookbackDays: ["Give the number of days to look back as a whole number from 1 to 60"],
      minCheckIns: ["Give the least number of check-ins before the silence as a whole number from 1 to 60"],
    });
  });

  it("takes a drop of 1 to 6 steps in halves", () => {
    expect(RULE_SCHEMAS.sharp_drop.parse({ enabled: true, steps: 2.5, days: 14, minEntries: 5 }).steps).toBe(2.5);
    for (const steps of [0.5, 6.5, 2.25]) {
      expect(errorsOf("sharp_drop", { enabled: true, steps, days: 14, minEntries: 5 })).toEqual({
        steps: ["Give the drop in steps from 1 to 6, in halves (e.g. 2.5)"],
      });
    }
  });

  it("refuses needing more check-ins than there are days to hold them", () => {
    expect(errorsOf("sharp_drop", { enabled: true, steps: 3, days: 4, minEntries: 5 })).toEqual({
      minEntries: ["The check-ins needed cannot be more than the days they fall in"],
    });
    expect(RULE_SCHEMAS.sharp_drop.parse({ enabled: true, steps: 3, days: 5, minEntries: 5 }).minEntries).toBe(5);
    expect(errorsOf("silence", { enabled: true, days: 3, lookbackDays: 7, minCheckIns: 8 })).toEqual({
      minCheckIns: ["The check-ins needed cannot be more than the days looked back"],
    });
  });

  it("needs the rule on or off", () => {
    expect(errorsOf("low_mood", { atOrBelow: 2 })).toEqual({ enabled: ["Choose whether the rule is on"] });
  });

  it("takes the phrases as a list or as text, one per line, trimmed and each once", () => {
    const settings = { enabled: true, maxGap: 2 };
    expect(RULE_SCHEMAS.concerning_words.parse({ ...settings, phrases: [" suicid* ", "kms", "KMS", "kil* myself"] }).phrases).toEqual([
      "suicid*",
      "kms",
      "kil* myself",
    ]);
    expect(RULE_SCHEMAS.concerning_words.parse({ ...settings, phrases: "suicid*\r\n\n  kms  \nkil* myself\n" }).phrases).toEqual([
      "suicid*",
      "kms",
      "kil* myself",
    ]);
  });

  it("refuses an empty list, too many phrases, and phrases of the wrong length or form", () => {
    const settings = { enabled: true, maxGap: 2 };
    expect(errorsOf("concerning_words", { ...settings, phrases: [] })).toEqual({ phrases: ["Give at least one phrase"] });
    expect(errorsOf("concerning_words", { ...settings, phrases: "\n  \n" })).toEqual({ phrases: ["Give at least one phrase"] });
    expect(errorsOf("concerning_words", { ...settings, phrases: Array.from({ length: 501 }, (_, i) => `phrase ${i}`) })).toEqual({
      phrases: ["Give at most 500 phrases"],
    });
    expect(RULE_SCHEMAS.concerning_words.parse({ ...settings, phrases: Array.from({ length: 500 }, (_, i) => `phrase ${i}`) }).phrases).toHaveLength(500);
    expect(errorsOf("concerning_words", { ...settings, phrases: 42 })).toEqual({ phrases: ["Give the phrases as a list, one per line"] });

    const result = RULE_SCHEMAS.concerning_words.safeParse({ ...settings, phrases: ["ok phrase", "x", "y".repeat(81), "sui*cide", 7] });
    expect(result.success).toBe(false);
    const byItem = result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(byItem).toEqual([
      ["phrases.1", "Each phrase must be 2 to 80 characters"],
      ["phrases.2", "Each phrase must be 2 to 80 characters"],
      ["phrases.3", "Put * only at the end of a word, as in “suicid*”: “sui*cide”"],
      ["phrases.4", "Each phrase must be text"],
    ]);
    expect(RULE_SCHEMAS.concerning_words.parse({ ...settings, phrases: ["ab", "y".repeat(80)] }).phrases).toHaveLength(2);
  });

  it("takes 0 to 5 words between a phrase's words", () => {
    expect(RULE_SCHEMAS.concerning_words.parse({ enabled: true, phrases: ["kms"], maxGap: 0 }).maxGap).toBe(0);
    expect(RULE_SCHEMAS.concerning_words.parse({ enabled: true, phrases: ["kms"], maxGap: 5 }).maxGap).toBe(5);
    expect(errorsOf("concerning_words", { enabled: true, phrases: ["kms"], maxGap: 6 })).toEqual({
      maxGap: ["Give the words allowed between a phrase's words as a whole number from 0 to 5"],
    });
  });
});

describe("phrasesFromText", () => {
  it("reads one phrase per line, whatever the line endings, without blank lines", () => {
    expect(phrasesFromText("a b\r\nc*\r\rd\n\n  e  ")).toEqual(["a b", "c*", "d", "e"]);
    expect(phrasesFromText("")).toEqual([]);
  });
});

describe("parseRulesConfig", () => {
  it("is the defaults when nothing is stored", () => {
    expect(parseRulesConfig({})).toEqual(DEFAULT_RULES);
  });

  it("returns settings the caller may change without changing the defaults", () => {
    const rules = parseRulesConfig({});
    rules.concerning_words.phrases.push("anything");
    rules.low_mood.atOrBelow = 6;
    expect(DEFAULT_RULES.concerning_words.phrases).not.toContain("anything");
    expect(DEFAULT_RULES.low_mood.atOrBelow).toBe(2);
  });

  it("lays stored settings over the defaults, field by field", () => {
    const rules = parseRulesConfig({
      low_mood: { enabled: false },
      sharp_drop: { steps: 2, days: 7 },
      concerning_words: { phrases: ["kms"], maxGap: 0 },
    });
    expect(rules.low_mood).toEqual({ enabled: false, atOrBelow: 2 });
    expect(rules.sharp_drop).toEqual({ enabled: true, steps: 2, days: 7, minEntries: 5 });
    expect(rules.concerning_words).toEqual({ enabled: true, phrases: ["kms"], maxGap: 0 });
    expect(rules.low_run).toEqual(DEFAULT_RULES.low_run);
  });

  it("drops fields it does not know", () => {
    expect(parseRulesConfig({ low_mood: { atOrBelow: 3, colour: "red" } }).low_mood).toEqual({ enabled: true, atOrBelow: 3 });
  });

  it("falls back to a kind's defaults, switched on, when its stored settings fail validation, and never throws", () => {
    const { rules, invalid } = readRulesConfig({
      low_mood: { enabled: false, atOrBelow: 9 },
      low_run: "3 days",
      sharp_drop: null,
      silence: [1, 2, 3],
      concerning_words: { enabled: false, phrases: [] },
    });
    expect(rules).toEqual(DEFAULT_RULES);
    expect(invalid).toEqual(["concerning_words", "low_mood", "low_run", "sharp_drop", "silence"]);
    expect(readRulesConfig({ low_mood: { atOrBelow: 1 } }).invalid).toEqual([]);
  });

  it("treats stored settings that are not an object at all as nothing stored", () => {
    expect(parseRulesConfig(null as never)).toEqual(DEFAULT_RULES);
    expect(parseRulesConfig("oops" as never)).toEqual(DEFAULT_RULES);
  });
});
