import { describe, expect, it } from "vitest";
import { normalizeUkPostcode } from "./postcode";

describe("normalizeUkPostcode", () => {
  it.each([
    ["SW1A 1AA", "SW1A 1AA"],
    ["sw1a1aa", "SW1A 1AA"],
    ["  EC1A 1BB ", "EC1A 1BB"],
    ["M1 1AE", "M1 1AE"],
    ["m11ae", "M1 1AE"],
    ["B33 8TH", "B33 8TH"],
    ["CR2 6XH", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["W1A 0AX", "W1A 0AX"],
    ["GIR 0AA", "GIR 0AA"],
    ["gir0aa", "GIR 0AA"],
    ["sw1a   1aa", "SW1A 1AA"],
    ["SW1A\t1AA\n", "SW1A 1AA"],
  ])("accepts %j as %j", (raw, expected) => {
    expect(normalizeUkPostcode(raw)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["digits only", "12345"],
    ["outward code only", "SW1A"],
    ["inward code only", "1AA"],
    ["inward code too long", "SW1A 1AAA"],
    ["three area letters", "ABC1 1AA"],
    ["no district digit", "SW 1AA"],
    ["inward starting with a letter", "SW1A AAA"],
    ["hyphen instead of space", "SW1A-1AA"],
    ["space inside the outward code", "S W1A 1AA"],
    ["reversed", "1AA SW1A"],
    ["GIR with another inward code", "GIR 1AA"],
    ["very long", "SW1A 1AA".repeat(200)],
  ])("rejects %s (%j)", (_label, raw) => {
    expect(normalizeUkPostcode(raw)).toBeNull();
  });

  it.each(["C", "I", "K", "M", "O", "V"])("rejects %s among the inward code's letters", (letter) => {
    expect(normalizeUkPostcode(`SW1A 1${letter}A`)).toBeNull();
    expect(normalizeUkPostcode(`SW1A 1A${letter}`)).toBeNull();
  });
});
