import { describe, expect, it } from "vitest";
import { changesFor, confirmFrom, confirmHref } from "./person-actions";

describe("the changes an account's page offers", () => {
  it("offers disable, or enable once disabled; removal for staff; a move for patients", () => {
    expect(changesFor({ role: "patient", status: "active" })).toEqual({ confirmed: ["disable"], move: true });
    expect(changesFor({ role: "patient", status: "disabled" })).toEqual({ confirmed: ["enable"], move: true });
    expect(changesFor({ role: "psychiatrist", status: "pending" })).toEqual({ confirmed: ["disable", "remove"], move: false });
    expect(changesFor({ role: "admin", status: "disabled" })).toEqual({ confirmed: ["enable", "remove"], move: false });
  });

  it("confirms only a change the account offers", () => {
    expect(confirmFrom("disable", { role: "patient", status: "active" })).toBe("disable");
    expect(confirmFrom("remove", { role: "patient", status: "active" })).toBeNull();
    expect(confirmFrom("enable", { role: "admin", status: "active" })).toBeNull();
    expect(confirmFrom("remove", { role: "psychiatrist", status: "active" })).toBe("remove");
    expect(confirmFrom(["disable"], { role: "patient", status: "active" })).toBeNull();
    expect(confirmFrom(undefined, { role: "patient", status: "active" })).toBeNull();
    expect(confirmHref(7, "remove")).toBe("/admin/people/7?confirm=remove");
  });
});
