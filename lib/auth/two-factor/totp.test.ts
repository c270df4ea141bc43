import { describe, expect, it } from "vitest";
import { acceptedTimeStep, groupedSecret, newTotpSecret, otpauthUri } from "./totp";

// RFC 6238's test key ("12345678901234567890") in base32, and its SHA-1 codes, cut to 6 digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const AT_59_SECONDS = "287082"; // time step 1
const AT_1111111109 = "081804"; // time step 37037036

describe("acceptedTimeStep", () => {
  it("accepts the code of the current step, and of one step either side, naming the code's step", () => {
    expect(acceptedTimeStep(RFC_SECRET, AT_59_SECONDS, 59_000, null)).toBe(1);
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000, null)).toBe(37037036);
    // A phone clock a step behind or ahead.
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000 + 30_000, null)).toBe(37037036);
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000 - 30_000, null)).toBe(37037036);
  });

  it("refuses a code two steps away, a wrong code, and anything but six digits", () => {
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000 + 60_000, null)).toBeNull();
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000 - 60_000, null)).toBeNull();
    expect(acceptedTimeStep(RFC_SECRET, "081805", 1_111_111_109_000, null)).toBeNull();
    expect(acceptedTimeStep(RFC_SECRET, "81804", 1_111_111_109_000, null)).toBeNull();
    expect(acceptedTimeStep(RFC_SECRET, "0818040", 1_111_111_109_000, null)).toBeNull();
    expect(acceptedTimeStep(RFC_SECRET, "08180a", 1_111_111_109_000, null)).toBeNull();
  });

  it("refuses a code whose step is not after the last one accepted, so no code works twice", () => {
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000, 37037035)).toBe(37037036);
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000, 37037036)).toBeNull();
    expect(acceptedTimeStep(RFC_SECRET, AT_1111111109, 1_111_111_109_000, 37037037)).toBeNull();
  });
});

describe("a new secret", () => {
  it("is 160 random bits in base32, different each time, shown in groups of four", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(groupedSecret("ABCDEFGHIJKLMNOPQR")).toBe("ABCD EFGH IJKL MNOP QR");
  });

  it("goes to an authenticator app as an otpauth link naming MiWell and the account", () => {
    const uri = new URL(otpauthUri(RFC_SECRET, "sam+staff@example.test"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/MiWell:sam+staff@example.test");
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: RFC_SECRET, issuer: "MiWell", algorithm: "SHA1", digits: "6", period: "30" });
  });
});
