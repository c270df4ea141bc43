import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it.each<[string, Record<string, string>, string]>([
    ["the only forwarded entry", { "x-forwarded-for": "203.0.113.5" }, "203.0.113.5"],
    ["the entry the proxy appended, not what the client wrote", { "x-forwarded-for": "6.6.6.6, 203.0.113.5" }, "203.0.113.5"],
    ["the last entry, trimmed", { "x-forwarded-for": "10.0.0.1,  203.0.113.5  " }, "203.0.113.5"],
    ["an IPv6 entry", { "x-forwarded-for": "2001:db8::1" }, "2001:db8::1"],
    ["X-Forwarded-For over X-Real-IP", { "x-forwarded-for": "203.0.113.5", "x-real-ip": "198.51.100.7" }, "203.0.113.5"],
    ["X-Real-IP when there is no X-Forwarded-For", { "x-real-ip": " 198.51.100.7 " }, "198.51.100.7"],
    ["X-Real-IP when X-Forwarded-For is blank", { "x-forwarded-for": " , ", "x-real-ip": "198.51.100.7" }, "198.51.100.7"],
    ["unknown with neither header", {}, "unknown"],
  ])("uses %s", (_label, headers, expected) => {
    expect(clientAddress(new Headers(headers), 1)).toBe(expected);
  });

  it("counts back past each trusted proxy, and never past the first entry", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" });
    expect(clientAddress(headers, 2)).toBe("203.0.113.5");
    expect(clientAddress(headers, 9)).toBe("6.6.6.6");
  });
});

describe("trustedProxyHops", () => {
  const saved = process.env.MIWELL_TRUSTED_PROXY_HOPS;
  afterEach(() => {
    if (saved === undefined) delete process.env.MIWELL_TRUSTED_PROXY_HOPS;
    else process.env.MIWELL_TRUSTED_PROXY_HOPS = saved;
  });

  it.each([
    [undefined, 1],
    ["2", 2],
    ["0", 1],
    ["-1", 1],
    ["two", 1],
    ["1.5", 1],
  ])("reads %s as %i", (value, expected) => {
    if (value === undefined) delete process.env.MIWELL_TRUSTED_PROXY_HOPS;
    else process.env.MIWELL_TRUSTED_PROXY_HOPS = value;
    expect(trustedProxyHops()).toBe(expected);
  });
});
