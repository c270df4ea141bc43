import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay, isLocalDate, localDate } from "./local-date";

const at = (iso: string) => new Date(iso);

describe("localDate at the edges of a day", () => {
  // 2026-11-20 is a Friday; in November Auckland keeps NZDT (+13), London GMT (+0),
  // Los Angeles PST (-8), Honolulu HST (-10, no DST), Kolkata IST (+5:30, no DST).
  it.each([
    // 23:30Z on the 20th: already tomorrow east of UTC, still today in London and west.
    ["2026-11-20T23:30:00Z", "Pacific/Auckland", "2026-11-21"],
    ["2026-11-20T23:30:00Z", "Asia/Kolkata", "2026-11-21"],
    ["2026-11-20T23:30:00Z", "Pacific/Kiritimati", "2026-11-21"],
    ["2026-11-20T23:30:00Z", "Europe/London", "2026-11-20"],
    ["2026-11-20T23:30:00Z", "UTC", "2026-11-20"],
    ["2026-11-20T23:30:00Z", "America/Los_Angeles", "2026-11-20"],
    ["2026-11-20T23:30:00Z", "Pacific/Honolulu", "2026-11-20"],

    // UTC and London (GMT in November): midnight is 00:00Z.
    ["2026-11-20T23:59:59.999Z", "UTC", "2026-11-20"],
    ["2026-11-21T00:00:00.000Z", "UTC", "2026-11-21"],
    ["2026-11-20T23:59:59.999Z", "Europe/London", "2026-11-20"],
    ["2026-11-21T00:00:00.000Z", "Europe/London", "2026-11-21"],

    // Los Angeles (PST, UTC-8): midnight on the 21st is 08:00Z.
    ["2026-11-21T07:59:00Z", "America/Los_Angeles", "2026-11-20"],
    ["2026-11-21T07:59:59.999Z", "America/Los_Angeles", "2026-11-20"],
    ["2026-11-21T08:00:00Z", "America/Los_Angeles", "2026-11-21"],

    // Honolulu (UTC-10): midnight on the 21st is 10:00Z.
    ["2026-11-21T09:59:59.999Z", "Pacific/Honolulu", "2026-11-20"],
    ["2026-11-21T10:00:00Z", "Pacific/Honolulu", "2026-11-21"],

    // Kolkata (UTC+5:30): midnight on the 21st is 18:30Z on the 20th.
    ["2026-11-20T18:29:59.999Z", "Asia/Kolkata", "2026-11-20"],
    ["2026-11-20T18:30:00Z", "Asia/Kolkata", "2026-11-21"],

    // Auckland (NZDT, UTC+13): midnight on the 21st is 11:00Z on the 20th.
    ["2026-11-20T10:59:59.999Z", "Pacific/Auckland", "2026-11-20"],
    ["2026-11-20T11:00:00Z", "Pacific/Auckland", "2026-11-21"],

    // Kiritimati (UTC+14, the first place to reach a new day): midnight on the 21st is 10:00Z on the 20th.
    ["2026-11-20T09:59:59.999Z", "Pacific/Kiritimati", "2026-11-20"],
    ["2026-11-20T10:00:00Z", "Pacific/Kiritimati", "2026-11-21"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(localDate(at(instant), zone)).toBe(expected);
  });

  it("gives three different dates for one instant either side of the date line", () => {
    // Kiritimati (+14) and Honolulu (-10) share a clock but not a calendar; Pago Pago (-11) is a day further back.
    const instant = at("2026-11-20T10:30:00Z");
    expect(localDate(instant, "Pacific/Kiritimati")).toBe("2026-11-21");
    expect(localDate(instant, "Pacific/Honolulu")).toBe("2026-11-20");
    expect(localDate(instant, "Pacific/Pago_Pago")).toBe("2026-11-19");
  });

  it("rolls over the year at each zone's own midnight", () => {
    expect(localDate(at("2026-12-31T10:59:59Z"), "Pacific/Auckland")).toBe("2026-12-31");
    expect(localDate(at("2026-12-31T11:00:00Z"), "Pacific/Auckland")).toBe("2027-01-01");
    expect(localDate(at("2027-01-01T07:59:59Z"), "America/Los_Angeles")).toBe("2026-12-31");
    expect(localDate(at("2027-01-01T08:00:00Z"), "America/Los_Angeles")).toBe("2027-01-01");
  });

  it("knows the leap day", () => {
    expect(localDate(at("2028-02-29T12:00:00Z"), "UTC")).toBe("2028-02-29");
    expect(localDate(at("2028-02-29T23:59:59Z"), "Pacific/Honolulu")).toBe("2028-02-29");
    expect(localDate(at("2028-03-01T09:59:59Z"), "Pacific/Honolulu")).toBe("2028-02-29");
    expect(localDate(at("2028-02-28T18:30:00Z"), "Asia/Kolkata")).toBe("2028-02-29");
  });
});

describe("localDate across daylight-saving changes", () => {
  it.each([
    // Europe/London springs forward on Sunday 2026-03-29 at 01:00Z (01:00 GMT becomes 02:00 BST).
    ["2026-03-28T23:59:59.999Z", "Europe/London", "2026-03-28"], // 23:59 GMT on Saturday
    ["2026-03-29T00:00:00Z", "Europe/London", "2026-03-29"], // midnight GMT
    ["2026-03-29T00:59:59Z", "Europe/London", "2026-03-29"], // 00:59 GMT, just before the jump
    ["2026-03-29T01:00:00Z", "Europe/London", "2026-03-29"], // 02:00 BST, just after
    ["2026-03-29T22:59:59.999Z", "Europe/London", "2026-03-29"], // 23:59 BST
    ["2026-03-29T23:00:00Z", "Europe/London", "2026-03-30"], // midnight BST: an hour before UTC's
    ["2026-03-29T23:30:00Z", "Europe/London", "2026-03-30"],

    // Europe/London falls back on Sunday 2026-10-25 at 01:00Z (02:00 BST becomes 01:00 GMT).
    ["2026-10-24T22:59:59.999Z", "Europe/London", "2026-10-24"], // 23:59 BST on Saturday
    ["2026-10-24T23:00:00Z", "Europe/London", "2026-10-25"], // midnight BST
    ["2026-10-25T00:30:00Z", "Europe/London", "2026-10-25"], // 01:30 BST, first time round
    ["2026-10-25T01:30:00Z", "Europe/London", "2026-10-25"], // 01:30 GMT, second time round
    ["2026-10-25T23:59:59.999Z", "Europe/London", "2026-10-25"], // 23:59 GMT
    ["2026-10-26T00:00:00Z", "Europe/London", "2026-10-26"], // midnight GMT

    // America/Los_Angeles springs forward on Sunday 2026-03-08 at 10:00Z (02:00 PST becomes 03:00 PDT).
    ["2026-03-08T07:59:59.999Z", "America/Los_Angeles", "2026-03-07"], // 23:59 PST
    ["2026-03-08T08:00:00Z", "America/Los_Angeles", "2026-03-08"], // midnight PST
    ["2026-03-08T09:59:59Z", "America/Los_Angeles", "2026-03-08"], // 01:59 PST
    ["2026-03-08T10:00:00Z", "America/Los_Angeles", "2026-03-08"], // 03:00 PDT
    ["2026-03-09T06:59:59.999Z", "America/Los_Angeles", "2026-03-08"], // 23:59 PDT
    ["2026-03-09T07:00:00Z", "America/Los_Angeles", "2026-03-09"], // midnight PDT

    // America/Los_Angeles falls back on Sunday 2026-11-01 at 09:00Z (02:00 PDT becomes 01:00 PST).
    ["2026-11-01T06:59:59.999Z", "America/Los_Angeles", "2026-10-31"], // 23:59 PDT
    ["2026-11-01T07:00:00Z", "America/Los_Angeles", "2026-11-01"], // midnight PDT
    ["2026-11-01T08:30:00Z", "America/Los_Angeles", "2026-11-01"], // 01:30 PDT
    ["2026-11-01T09:30:00Z", "America/Los_Angeles", "2026-11-01"], // 01:30 PST
    ["2026-11-02T07:59:59.999Z", "America/Los_Angeles", "2026-11-01"], // 23:59 PST
    ["2026-11-02T08:00:00Z", "America/Los_Angeles", "2026-11-02"], // midnight PST

    // Pacific/Auckland (southern hemisphere) leaves NZDT on 2026-04-05 and returns to it on 2026-09-27.
    ["2026-04-04T10:59:59Z", "Pacific/Auckland", "2026-04-04"], // 23:59 NZDT
    ["2026-04-04T11:00:00Z", "Pacific/Auckland", "2026-04-05"], // midnight NZDT
    ["2026-04-05T11:59:59Z", "Pacific/Auckland", "2026-04-05"], // 23:59 NZST
    ["2026-04-05T12:00:00Z", "Pacific/Auckland", "2026-04-06"], // midnight NZST
    ["2026-09-26T11:59:59Z", "Pacific/Auckland", "2026-09-26"], // 23:59 NZST
    ["2026-09-26T12:00:00Z", "Pacific/Auckland", "2026-09-27"], // midnight NZST
    ["2026-09-27T10:59:59Z", "Pacific/Auckland", "2026-09-27"], // 23:59 NZDT
    ["2026-09-27T11:00:00Z", "Pacific/Auckland", "2026-09-28"], // midnight NZDT
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(localDate(at(instant), zone)).toBe(expected);
  });

  /** Minutes spent on each local date, walking minute by minute from two days before `day` to three after (UTC). */
  function minutesPerDay(zone: string, day: string): Map<string, number> {
    const counts = new Map<string, number>();
    const end = Date.parse(`${addDays(day, 3)}T00:00:00Z`);
    for (let t = Date.parse(`${addDays(day, -2)}T00:00:00Z`); t < end; t += 60_000) {
      const date = localDate(new Date(t), zone);
      counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return counts;
  }

  it.each([
    ["Europe/London", "2026-03-29", 23],
    ["Europe/London", "2026-10-25", 25],
    ["America/Los_Angeles", "2026-03-08", 23],
    ["America/Los_Angeles", "2026-11-01", 25],
    ["Pacific/Auckland", "2026-04-05", 25],
    ["Pacific/Auckland", "2026-09-27", 23],
    ["Asia/Kolkata", "2026-03-29", 24],
    ["Pacific/Honolulu", "2026-03-08", 24],
  ])("in %s the local day %s lasts %i hours, between ordinary days", (zone, day, hours) => {
    const counts = minutesPerDay(zone, day);
    expect(counts.get(day)).toBe(hours * 60);
    expect(counts.get(addDays(day, -1))).toBe(24 * 60);
    expect(counts.get(addDays(day, 1))).toBe(24 * 60);
  });

  it.each(["Pacific/Auckland", "Asia/Kolkata", "Europe/London", "UTC", "America/Los_Angeles", "Pacific/Honolulu", "Pacific/Kiritimati"])(
    "in %s, walking a year in 15-minute steps only ever moves forward one day at a time",
    (zone) => {
      let previous = localDate(at("2026-01-01T00:00:00Z"), zone);
      let changes = 0;
      for (let t = Date.parse("2026-01-01T00:15:00Z"); t <= Date.parse("2027-01-01T00:00:00Z"); t += 15 * 60_000) {
        const day = localDate(new Date(t), zone);
        if (day !== previous) {
          expect(daysBetween(previous, day)).toBe(1);
          changes += 1;
          previous = day;
        }
      }
      // 365 midnights pass in a (non-leap) year whatever the zone.
      expect(changes).toBe(365);
    },
  );
});

describe("localDate on bad input", () => {
  it("refuses an unknown time zone", () => {
    expect(() => localDate(at("2026-11-20T12:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
  });

  it("refuses an invalid instant", () => {
    expect(() => localDate(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});

describe("isLocalDate", () => {
  it.each(["2026-11-20", "2026-01-01", "2026-12-31", "2028-02-29", "2000-02-29", "2026-02-28", "2026-04-30", "1970-01-01", "9999-12-31"])(
    "accepts %j",
    (value) => {
      expect(isLocalDate(value)).toBe(true);
    },
  );

  it.each([
    ["30 February", "2026-02-30"],
    ["29 February outside a leap year", "2027-02-29"],
    ["29 February in a century that is not a leap year", "1900-02-29"],
    ["31 April", "2026-04-31"],
    ["month 13", "2026-13-01"],
    ["month 0", "2026-00-10"],
    ["day 0", "2026-11-00"],
    ["day 32", "2026-01-32"],
    ["unpadded month and day", "2026-1-1"],
    ["a two-digit year", "26-11-20"],
    ["a five-digit year", "20266-11-20"],
    ["a signed year", "+2026-11-20"],
    ["the empty string", ""],
    ["no separators", "20261120"],
    ["slashes", "2026/11/20"],
    ["a time of day", "2026-11-20T00:00"],
    ["an ISO instant", "2026-11-20T00:00:00.000Z"],
    ["a leading space", " 2026-11-20"],
    ["a trailing space", "2026-11-20 "],
    ["a trailing newline", "2026-11-20\n"],
    ["letters", "abcd-ef-gh"],
    ["non-ASCII digits", "２０２６-１１-２０"],
    ["a year below 100, which Date.UTC reads as 1900 to 1999", "0050-06-01"],
  ])("rejects %s (%j)", (_label, value) => {
    expect(isLocalDate(value)).toBe(false);
  });

  it("agrees with a calendar's own answer for every month and day around four centuries' leap rules", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    for (const year of [99, 100, 1600, 1700, 1896, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isLocalDate(value), value).toBe(real);
        }
      }
    }
  });
});

describe("addDays", () => {
  it.each([
    ["2026-11-20", 0, "2026-11-20"],
    ["2026-11-20", 1, "2026-11-21"],
    ["2026-11-20", -1, "2026-11-19"],
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-01", -1, "2026-01-31"],
    ["2026-04-30", 1, "2026-05-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2028-02-29", 1, "2028-03-01"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2028-02-29", 365, "2029-02-28"],
    ["2028-02-29", 366, "2029-03-01"],
    ["2028-02-29", -366, "2027-02-28"],
    ["2026-11-20", -30, "2026-10-21"],
    ["2026-11-20", 100, "2027-02-28"],
    ["2026-01-01", -365, "2025-01-01"],
    ["2026-01-01", 3652, "2036-01-01"],
    // Daylight-saving changes in any zone are irrelevant to calendar days.
    ["2026-03-28", 1, "2026-03-29"],
    ["2026-03-29", 1, "2026-03-30"],
    ["2026-10-25", 1, "2026-10-26"],
    ["2026-03-08", 1, "2026-03-09"],
    ["2026-11-01", -1, "2026-10-31"],
  ])("%s plus %i days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("walks a leap year day by day through 366 distinct valid dates", () => {
    const seen: string[] = [];
    for (let day = "2028-01-01"; day < "2029-01-01"; day = addDays(day, 1)) {
      expect(isLocalDate(day)).toBe(true);
      seen.push(day);
    }
    expect(seen).toHaveLength(366);
    expect(new Set(seen).size).toBe(366);
    expect(seen).toContain("2028-02-29");
  });

  it.each(["2026-02-30", "2026-13-01", "2026-1-1", "", "20261120", "not a date"])("throws RangeError for %j", (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });

  it("names the bad date in its error", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow("not a calendar date: 2026-02-30");
  });

  it("throws RangeError for a day count that is not a number", () => {
    expect(() => addDays("2026-11-20", Number.NaN)).toThrow(RangeError);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2026-11-20", "2026-11-20", 0],
    ["2026-11-20", "2026-11-21", 1],
    ["2026-11-20", "2026-11-27", 7],
    ["2026-11-21", "2026-11-20", -1],
    ["2026-01-31", "2026-03-01", 29],
    ["2028-01-31", "2028-03-01", 30],
    ["2026-12-31", "2027-01-01", 1],
    ["2026-01-01", "2027-01-01", 365],
    ["2028-01-01", "2029-01-01", 366],
    ["2027-02-28", "2027-03-01", 1],
    ["2028-02-28", "2028-03-01", 2],
    // Across daylight-saving changes: still whole days.
    ["2026-03-28", "2026-03-30", 2],
    ["2026-10-24", "2026-10-26", 2],
    ["2026-03-07", "2026-03-09", 2],
    ["2026-10-31", "2026-11-02", 2],
    ["2026-03-01", "2026-04-01", 31],
    ["2026-10-01", "2026-11-01", 31],
    ["2026-01-01", "2026-07-01", 181],
  ])("from %s to %s is %i", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  const pairs = [
    ["2026-03-29", "2026-10-25"],
    ["2026-11-01", "2026-03-08"],
    ["2028-02-29", "2026-11-20"],
    ["2026-12-31", "2030-01-01"],
    ["2026-11-20", "2026-11-20"],
  ] as const;

  it.each(pairs)("is antisymmetric and a whole number for %s and %s", (a, b) => {
    const forward = daysBetween(a, b);
    expect(Number.isInteger(forward)).toBe(true);
    expect(daysBetween(b, a) + forward).toBe(0);
  });

  it.each(pairs)("undoes addDays for %s and %s", (a, b) => {
    expect(addDays(a, daysBetween(a, b))).toBe(b);
    expect(addDays(b, daysBetween(b, a))).toBe(a);
  });

  it("agrees with addDays for every offset over two years", () => {
    for (let n = -400; n <= 400; n += 1) {
      expect(daysBetween("2026-06-15", addDays("2026-06-15", n))).toBe(n);
    }
  });

  it.each([
    ["2026-02-30", "2026-03-01"],
    ["2026-03-01", "2026-13-01"],
    ["", "2026-11-20"],
    ["2026-11-20", "2026-1-1"],
  ])("throws RangeError for %j to %j", (from, to) => {
    expect(() => daysBetween(from, to)).toThrow(RangeError);
  });
});

describe("formatDay", () => {
  it.each([
    ["2026-11-20", "Friday 20 November 2026"],
    ["2026-01-01", "Thursday 1 January 2026"],
    ["2026-03-29", "Sunday 29 March 2026"],
    ["2026-10-25", "Sunday 25 October 2026"],
    ["2026-12-31", "Thursday 31 December 2026"],
    ["2028-02-29", "Tuesday 29 February 2028"],
    ["2000-01-01", "Saturday 1 January 2000"],
  ])("writes %s as %j", (date, expected) => {
    expect(formatDay(date)).toBe(expected);
  });

  it.each(["2026-02-30", "", "20 November 2026"])("throws RangeError for %j", (date) => {
    expect(() => formatDay(date)).toThrow(RangeError);
  });
});

describe("independence from the server's own time zone", () => {
  it.each(["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata"])("gives the same answers with TZ=%s", (zone) => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = zone;
      // The change took: this process now reads local time in `zone`.
      expect(new Date("2026-11-20T12:00:00Z").getTimezoneOffset()).not.toBe(0);
      expect(localDate(at("2026-11-21T07:59:59Z"), "America/Los_Angeles")).toBe("2026-11-20");
      expect(localDate(at("2026-11-20T23:30:00Z"), "Europe/London")).toBe("2026-11-20");
      expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
      expect(addDays("2026-11-01", -1)).toBe("2026-10-31");
      expect(daysBetween("2026-03-01", "2026-11-20")).toBe(264);
      expect(formatDay("2026-11-20")).toBe("Friday 20 November 2026");
      expect(isLocalDate("2026-03-29")).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
