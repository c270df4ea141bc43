import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import { resetDatabase } from "@/lib/testing/reset-database";
import { DEFAULT_SETTINGS, saveSetting, serviceSettings } from "./service-settings";

describe("service settings", () => {
  beforeEach(resetDatabase);

  it("reads the defaults until an admin changes something", async () => {
    expect(await serviceSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSetting("escalationHours", 2, null);
    await saveSetting("escalationHours", 1.5, null);
    await saveSetting("defaultReminderTime", "08:30", null);
    expect(await serviceSettings()).toEqual({ ...DEFAULT_SETTINGS, escalationHours: 1.5, defaultReminderTime: "08:30" });
  });

  it("refuses a value its schema does not allow", async () => {
    await expect(saveSetting("defaultReminderTime", "25:00", null)).rejects.toThrow(/HH:MM/);
    await expect(saveSetting("escalationHours", 0, null)).rejects.toThrow();
    expect(await serviceSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("reads a stored value that no longer fits, or is not JSON, as the default", async () => {
    await getDb().insert(settings).values([
      { key: "escalationHours", value: "\"soon\"" },
      { key: "alertEmailDetail", value: "{not json" },
    ]);
    expect(await serviceSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
