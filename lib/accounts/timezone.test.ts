import { describe, expect, it } from "vitest";
import { isValidTimezone, listTimezones } from "./timezone";

describe("isValidTimezone", () => {
  it.each(["Europe/London", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "Etc/GMT-14", "Asia/Kolkata"])(
    "accepts %j",
    (zone) => {
      expect(isValidTimezone(zone)).toBe(true);
    },
  );

  it.each([
    ["empty", ""],
    ["an unknown place", "Mars/Olympus"],
    ["an offset", "+01:00"],
    ["an offset without colon", "-0500"],
    ["injection", "Europe/London; DROP TABLE"],
    ["a leading slash", "/Europe/London"],
    ["a trailing slash", "Europe/London/"],
    ["surrounding spaces", " Europe/London "],
    ["a path climb", "Europe/../London"],
    ["65 characters", `Europe/${"L".repeat(58)}`],
    ["very long", "A".repeat(1000)],
  ])("rejects %s (%j)", (_label, zone) => {
    expect(isValidTimezone(zone)).toBe(false);
  });
});

describe("listTimezones", () => {
  const zones = listTimezones();

  it("always offers UTC and Europe/London among many zones", () => {
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/London");
    expect(zones).toContain("America/New_York");
    expect(zones.length).toBeGreaterThan(300);
  });

  it("is sorted", () => {
    expect(zones).toEqual([...zones].sort());
  });

  it("has no duplicates", () => {
    expect(new Set(zones).size).toBe(zones.length);
  });

  it("lists only zones that isValidTimezone accepts", () => {
    expect(zones.filter((zone) => !isValidTimezone(zone))).toEqual([]);
  });
});
