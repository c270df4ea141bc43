import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

const MIN = 60_000;

describe("a wait as the overview says it", () => {
  it("rounds to the minute below an hour, and says so below a minute", () => {
    expect(formatDuration(0)).toBe("under a minute");
    expect(formatDuration(59_999)).toBe("under a minute");
    expect(formatDuration(MIN)).toBe("1 min");
    expect(formatDuration(20 * MIN + 29_000)).toBe("20 min");
    expect(formatDuration(59 * MIN + 29_000)).toBe("59 min");
  });

  it("gives hours and minutes below a day, and days and hours beyond", () => {
    expect(formatDuration(59 * MIN + 31_000)).toBe("1 h");
    expect(formatDuration(65 * MIN)).toBe("1 h 5 min");
    expect(formatDuration((23 * 60 + 59) * MIN)).toBe("23 h 59 min");
    expect(formatDuration(24 * 60 * MIN)).toBe("1 d");
    expect(formatDuration((51 * 60 + 20) * MIN)).toBe("2 d 3 h");
  });
});
