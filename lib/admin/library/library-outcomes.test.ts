import { describe, expect, it } from "vitest";
import { activeNotice, deleteNotice, NOT_AN_ADMIN, saveFailure } from "./library-outcomes";

describe("what the library actions say", () => {
  it("puts a refused save's field messages by their fields", () => {
    expect(saveFailure("task", { ok: false, reason: "invalid", message: "Please correct the highlighted fields.", fieldErrors: { title: ["Give the task a title"] } })).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { title: ["Give the task a title"] },
    });
  });

  it("says when the item has gone, or the caller is no longer an admin", () => {
    expect(saveFailure("message", { ok: false, reason: "not-found" })).toEqual({ ok: false, message: "That message is no longer in the library.", fieldErrors: {} });
    expect(saveFailure("task", { ok: false, reason: "refused" })).toEqual({ ok: false, message: NOT_AN_ADMIN, fieldErrors: {} });
  });

  it.each([
    ["changed", false, "deactivated"],
    ["changed", true, "reactivated"],
    ["unchanged", false, "unchanged"],
    ["unchanged", true, "unchanged"],
    ["not-found", true, "not-found"],
    ["refused", false, "not-found"],
  ] as const)("a %s step (active: %s) says %s", (result, active, notice) => {
    expect(activeNotice(result, active)).toBe(notice);
  });

  it.each([
    ["deleted", "deleted"],
    ["shown", "shown"],
    ["not-found", "not-found"],
    ["refused", "not-found"],
  ] as const)("a %s delete says %s", (result, notice) => {
    expect(deleteNotice(result)).toBe(notice);
  });
});
