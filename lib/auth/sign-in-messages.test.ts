import { describe, expect, it } from "vitest";
import { ACCOUNT_DISABLED, INVALID_CREDENTIALS, lockedMessage, refusalMessage } from "./sign-in-messages";

const locked = (minutes: string) =>
  `Too many failed sign-in attempts. For your safety, sign-in is paused: try again in ${minutes}.`;

describe("refusalMessage", () => {
  it("explains wrong credentials without saying which one was wrong", () => {
    expect(refusalMessage("invalid")).toBe("The email or password is not right. Check them and try again.");
    expect(INVALID_CREDENTIALS).toBe("The email or password is not right. Check them and try again.");
  });

  it("explains a disabled account", () => {
    expect(refusalMessage("disabled")).toBe(
      "This account has been disabled. Please contact the charity if you think this is a mistake.",
    );
    expect(refusalMessage("disabled")).toBe(ACCOUNT_DISABLED);
  });

  it.each([
    ["locked:0", "1 minute"],
    ["locked:1", "1 minute"],
    ["locked:60", "1 minute"],
    ["locked:61", "2 minutes"],
    ["locked:120", "2 minutes"],
    ["locked:900", "15 minutes"],
  ])("rounds %j up to whole minutes: %s", (code, minutes) => {
    expect(refusalMessage(code)).toBe(locked(minutes));
  });

  it.each(["", "unknown", "Disabled", "LOCKED:60", "locked:", "locked:abc", "locked:-5", "locked:1.5", " locked:60", "locked:60 "])(
    "treats the unknown code %j as wrong credentials",
    (code) => {
      expect(refusalMessage(code)).toBe(INVALID_CREDENTIALS);
    },
  );
});

describe("lockedMessage", () => {
  it.each([
    [-30, "1 minute"],
    [0.5, "1 minute"],
    [59.9, "1 minute"],
    [60.1, "2 minutes"],
    [3600, "60 minutes"],
  ])("says %s seconds is %s", (seconds, minutes) => {
    expect(lockedMessage(seconds)).toBe(locked(minutes));
  });
});
