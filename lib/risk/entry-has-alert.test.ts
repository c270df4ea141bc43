import { beforeEach, describe, expect, it } from "vitest";
import { createAlert } from "@/lib/testing/alerts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry, type Caseloads, twoCaseloads } from "@/lib/testing/review";
import { entryHasAlert } from "./entry-has-alert";

describe("whether a check-in raised an alert", () => {
  let c: Caseloads;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
  });

  it("is true for the patient's own entry with an alert, whatever its state", async () => {
    const okayWithWords = await addEntry(c.alice, "2026-06-09", 5, { note: "I keep thinking about ending it" });
    const quiet = await addEntry(c.alice, "2026-06-08", 5);
    const resolvedOne = await addEntry(c.alice, "2026-06-07", 4);
    await createAlert({ patientId: c.alice, entryId: okayWithWords, rule: "concerning_words", severity: "critical" });
    await createAlert({ patientId: c.alice, entryId: resolvedOne, rule: "sharp_drop", severity: "moderate", status: "resolved", resolution: "Fine." });

    expect(await entryHasAlert(c.alice, okayWithWords)).toBe(true);
    expect(await entryHasAlert(c.alice, resolvedOne)).toBe(true);
    expect(await entryHasAlert(c.alice, quiet)).toBe(false);
  });

  it("is false for someone else's entry, whoever asks", async () => {
    const bobs = await addEntry(c.bob, "2026-06-09", 1);
    await createAlert({ patientId: c.bob, entryId: bobs, rule: "low_mood", severity: "high" });
    expect(await entryHasAlert(c.alice, bobs)).toBe(false);
    expect(await entryHasAlert(c.bob, bobs)).toBe(true);
  });
});
