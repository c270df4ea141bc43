import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import { resetDatabase } from "@/lib/testing/reset-database";
import { crisisLines, DEFAULT_CRISIS_LINES } from "./crisis-lines";
import { saveSetting } from "./service-settings";

describe("the crisis helplines patients are shown", () => {
  beforeEach(resetDatabase);

  it("are the UK defaults until an admin stores a list, then that list", async () => {
    expect(await crisisLines()).toEqual(DEFAULT_CRISIS_LINES);
    const lines = [{ name: "Lifeline", number: "13 11 14", dial: "131114", description: "" }];
    await saveSetting("crisisLines", lines, null);
    expect(await crisisLines()).toEqual(lines);
  });

  it("fall back to the defaults when the stored list no longer validates, so patients always have a number", async () => {
    await getDb().insert(settings).values({ key: "crisisLines", value: JSON.stringify([{ name: "Broken", number: "1", dial: "not a number", description: "" }]) });
    expect(await crisisLines()).toEqual(DEFAULT_CRISIS_LINES);
    await expect(saveSetting("crisisLines", [], null)).rejects.toThrow(/at least one helpline/);
  });
});
