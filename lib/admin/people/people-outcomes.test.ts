import { describe, expect, it } from "vitest";
import { DONE, done, noticeFrom, noticeText, outcomeHref, REFUSALS, refused } from "./people-outcomes";

describe("what the people screens say after a change", () => {
  it("comes back to the account's page, or to the list once the account is gone", () => {
    expect(outcomeHref(7, done("disabled"))).toBe("/admin/people/7?notice=disabled");
    expect(outcomeHref(7, done("disabled", 3))).toBe("/admin/people/7?notice=disabled&moved=3");
    expect(outcomeHref(7, refused("last-admin"))).toBe("/admin/people/7?notice=last-admin");
    expect(outcomeHref(7, done("removed", 2))).toBe("/admin/people?notice=removed&moved=2");
    expect(outcomeHref(null, refused("not-found"))).toBe("/admin/people?notice=not-found");
  });

  it("reads each notice back, with the patients moved, and marks the refusals", () => {
    expect(noticeFrom("disabled", "3")).toEqual({
      text: "The account is disabled: they are signed out at their next request and cannot sign in. Their 3 patients moved to other psychiatrists by the assignment rule.",
      refusal: false,
    });
    expect(noticeFrom("removed", "1")?.text).toBe("The account was removed. Their 1 patient moved to other psychiatrists by the assignment rule.");
    expect(noticeFrom("no-psychiatrist", "3")).toEqual({ text: noticeText("no-psychiatrist"), refusal: true });
    expect(noticeFrom("no-psychiatrist", undefined)?.text).toMatch(/^Nothing was changed: no other psychiatrist could take their patients\./);
    for (const notice of DONE) expect(noticeFrom(notice, undefined)).toEqual({ text: noticeText(notice), refusal: false });
    for (const notice of REFUSALS) expect(noticeFrom(notice, undefined)?.refusal).toBe(true);
  });

  it("ignores what it does not know, and a count that is not one", () => {
    expect(noticeFrom(undefined, undefined)).toBeNull();
    expect(noticeFrom(["disabled"], undefined)).toBeNull();
    expect(noticeFrom("hacked", "3")).toBeNull();
    for (const moved of ["0", "-1", "1e3", "<b>", "12345678"]) expect(noticeFrom("disabled", moved)?.text).toBe(noticeText("disabled"));
  });
});
