import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alertRules } from "@/db/schema";
import { resetDatabase } from "@/lib/testing/reset-database";
import { loadRules } from "./load-rules";
import { DEFAULT_RULES } from "./rule-parameters";

describe("loading the admin's rules", () => {
  beforeEach(resetDatabase);

  it("runs every rule with its defaults when nothing is stored", async () => {
    expect(await loadRules()).toEqual(DEFAULT_RULES);
  });

  it("applies stored parameters and switches", async () => {
    await getDb().insert(alertRules).values([
      { kind: "low_run", enabled: true, parameters: JSON.stringify({ days: 4, atOrBelow: 2 }) },
      { kind: "silence", enabled: false, parameters: JSON.stringify(DEFAULT_RULES.silence) },
    ]);
    const rules = await loadRules();
    expect(rules.low_run).toEqual({ enabled: true, days: 4, atOrBelow: 2 });
    expect(rules.silence.enabled).toBe(false);
    expect(rules.low_mood).toEqual(DEFAULT_RULES.low_mood);
  });

  it("falls back to the defaults, switched on, for a row that no longer parses", async () => {
    await getDb().insert(alertRules).values([
      { kind: "low_mood", enabled: false, parameters: "{broken" },
      { kind: "sharp_drop", enabled: false, parameters: "null" },
    ]);
    const rules = await loadRules();
    expect(rules.low_mood).toEqual(DEFAULT_RULES.low_mood);
    expect(rules.sharp_drop).toEqual(DEFAULT_RULES.sharp_drop);
  });
});
