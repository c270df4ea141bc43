import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it.each<[string, Record<string, string>, string]>([
    ["the only forwarded hop", { "x-forwarded-for": "203.0.113.5" }, "203.0.113.5"],
    ["the first of several hops", { "x-forwarded-for": "203.0.113.5, 10.0.0.1, 10.0.0.2" }, "203.0.113.5"],
    ["the first hop, trimmed", { "x-forwarded-for": "  203.0.113.5  ,10.0.0.1" }, "203.0.113.5"],
    ["an IPv6 first hop", { "x-forwarded-for": "2001:db8::1, 10.0.0.1" }, "2001:db8::1"],
    [
      "X-Forwarded-For over X-Real-IP",
      { "x-forwarded-for": "203.0.113.5", "x-real-ip": "198.51.100.7" },
      "203.0.113.5",
    ],
    ["X-Real-IP when there is no X-Forwarded-For", { "x-real-ip": " 198.51.100.7 " }, "198.51.100.7"],
    ["X-Real-IP when X-Forwarded-For is empty", { "x-forwarded-for": "", "x-real-ip": "198.51.100.7" }, "198.51.100.7"],
    [
      "X-Real-IP when the first forwarded hop is blank",
      { "x-forwarded-for": " , 10.0.0.1", "x-real-ip": "198.51.100.7" },
      "198.51.100.7",
    ],
    ["unknown with neither header", {}, "unknown"],
    ["unknown when both are blank", { "x-forwarded-for": "  ", "x-real-ip": "  " }, "unknown"],
  ])("uses %s", (_label, headers, expected) => {
    expect(clientAddress(new Headers(headers))).toBe(expected);
  });

  it("reads the headers whatever their case", () => {
    expect(clientAddress(new Headers({ "X-Forwarded-For": "203.0.113.9" }))).toBe("203.0.113.9");
  });
});
