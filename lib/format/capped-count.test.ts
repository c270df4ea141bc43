import { describe, expect, it } from "vitest";
import { cappedCount } from "./capped-count";

describe("cappedCount", () => {
  it("reads a count in full up to the limit, with thousands separated", () => {
    expect(cappedCount(0, 10_000)).toBe("0");
    expect(cappedCount(1204, 10_000)).toBe("1,204");
    expect(cappedCount(10_000, 10_000)).toBe("10,000");
  });

  it("says the limit and more once a count passes it", () => {
    expect(cappedCount(10_001, 10_000)).toBe("10,000+");
    expect(cappedCount(1001, 1000)).toBe("1,000+");
  });
});
