import { describe, expect, it } from "vitest";
import { knownZone, localDayStart } from "./local-day-start";

describe("the first instant of a day in a time zone", () => {
  it("is local midnight, in winter and in summer time", () => {
    expect(localDayStart("2026-01-15", "Europe/London").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(localDayStart("2026-07-15", "Europe/London").toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(localDayStart("2026-07-15", "America/New_York").toISOString()).toBe("2026-07-15T04:00:00.000Z");
    expect(localDayStart("2026-07-15", "Asia/Kolkata").toISOString()).toBe("2026-07-14T18:30:00.000Z");
    expect(localDayStart("2026-07-15", "UTC").toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });

  it("holds at the ends of the offsets in use", () => {
    expect(localDayStart("2026-07-15", "Pacific/Kiritimati").toISOString()).toBe("2026-07-14T10:00:00.000Z");
    expect(localDayStart("2026-07-15", "Etc/GMT+12").toISOString()).toBe("2026-07-15T12:00:00.000Z");
  });

  it("is the clock change itself when the change skips midnight", () => {
    // Havana moved from 00:00 CST straight to 01:00 CDT on 10 March 2024.
    expect(localDayStart("2024-03-10", "America/Havana").toISOString()).toBe("2024-03-10T05:00:00.000Z");
    // On the day clocks go back, midnight still comes once.
    expect(localDayStart("2026-10-25", "Europe/London").toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });

  it("treats a zone this server does not know as UTC, and refuses what is not a date", () => {
    expect(knownZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(knownZone("Europe/London")).toBe("Europe/London");
    expect(localDayStart("2026-07-15", "Mars/Olympus_Mons").toISOString()).toBe("2026-07-15T00:00:00.000Z");
    expect(() => localDayStart("2026-02-30", "UTC")).toThrow(RangeError);
  });
});
