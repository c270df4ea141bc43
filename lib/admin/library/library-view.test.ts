import { describe, expect, it } from "vitest";
import {
  containsPattern,
  libraryHref,
  libraryReturnPath,
  libraryViewFrom,
  noticeText,
  usageText,
  withNotice,
} from "./library-view";

describe("the view an address asks for", () => {
  it("reads the status, a tidied search and the page", () => {
    expect(libraryViewFrom({ status: "inactive", q: "  slow   breath ", page: "3" })).toEqual({ status: "inactive", search: "slow breath", page: 3 });
    expect(libraryViewFrom({ status: ["active", "inactive"], q: ["one", "two"], page: ["2"] })).toEqual({ status: "active", search: "one", page: 2 });
  });

  it.each([
    [{}, { status: "all", search: "", page: 1 }],
    [{ status: "retired", page: "0" }, { status: "all", search: "", page: 1 }],
    [{ status: "ACTIVE", page: "two" }, { status: "all", search: "", page: 1 }],
    [{ q: "x".repeat(300) }, { status: "all", search: "x".repeat(100), page: 1 }],
  ])("falls back to the defaults for %j", (params, view) => {
    expect(libraryViewFrom(params)).toEqual(view);
  });
});

describe("libraryHref", () => {
  it("leaves the defaults out", () => {
    expect(libraryHref("task")).toBe("/admin/tasks");
    expect(libraryHref("message", { status: "all", search: "", page: 1 })).toBe("/admin/messages");
  });

  it("keeps what differs, the search encoded", () => {
    expect(libraryHref("task", { status: "inactive", search: "body & mind", page: 2 })).toBe("/admin/tasks?status=inactive&q=body+%26+mind&page=2");
  });
});

describe("libraryReturnPath", () => {
  it("goes back to the view it was given, rebuilt from its parts", () => {
    expect(libraryReturnPath("task", "/admin/tasks?status=active&q=walk&page=2&done=created&evil=1")).toBe("/admin/tasks?status=active&q=walk&page=2");
    expect(libraryReturnPath("message", "/admin/messages")).toBe("/admin/messages");
  });

  it.each([
    null,
    42,
    "",
    "https://example.net/admin/tasks",
    "//example.net/admin/tasks",
    "/admin/messages",
    "/admin/tasks/12/edit",
    "/admin/tasksevil",
    "/admin/tasks/../people",
  ])("goes to the list itself for %j", (value) => {
    expect(libraryReturnPath("task", value)).toBe("/admin/tasks");
  });
});

describe("notices", () => {
  it("adds what happened to the address", () => {
    expect(withNotice("/admin/tasks", "created")).toBe("/admin/tasks?done=created");
    expect(withNotice("/admin/tasks?status=inactive", "reactivated")).toBe("/admin/tasks?status=inactive&done=reactivated");
  });

  it("says each in the words of its library", () => {
    expect(noticeText("task", "deactivated")).toBe(
      "The task is deactivated: patients will not be given it again. Where they were shown it, it still reads as before.",
    );
    expect(noticeText("message", "shown")).toBe("Patients have been given this message, so it cannot be deleted: deactivate it instead.");
    for (const notice of ["created", "updated", "reactivated", "unchanged", "deleted", "not-found"]) {
      expect(noticeText("message", notice)).toMatch(/message/);
    }
  });

  it.each([undefined, null, "", "hacked", "toString", ["created"]])("says nothing for %j", (value) => {
    expect(noticeText("task", value)).toBeNull();
  });
});

describe("usageText", () => {
  it.each([
    [{ shown: 0 }, "Never shown"],
    [{ shown: 1 }, "Shown once"],
    [{ shown: 2, pinned: 0 }, "Shown 2 times"],
    [{ shown: 10_000 }, "Shown 10,000 times"],
    [{ shown: 10_001 }, "Shown 10,000+ times"],
    [{ shown: 0, pinned: 1 }, "Never shown · pinned for 1 patient"],
    [{ shown: 1234, pinned: 3 }, "Shown 1,234 times · pinned for 3 patients"],
    [{ shown: 5, pinned: 10_001 }, "Shown 5 times · pinned for 10,000+ patients"],
  ])("%j reads %s", (usage, text) => {
    expect(usageText(usage)).toBe(text);
  });
});

describe("containsPattern", () => {
  it("matches the words anywhere, taking LIKE's wildcards and its escape literally", () => {
    expect(containsPattern("calm")).toBe("%calm%");
    expect(containsPattern("100% of_it \\o/")).toBe("%100\\% of\\_it \\\\o/%");
  });
});

