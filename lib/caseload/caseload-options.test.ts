import { describe, expect, it } from "vitest";
import { MAX_SEARCH_LENGTH, caseloadHref, caseloadQueryFrom, normalisePage, normaliseSearch, resolveOptions, sortHref } from "./caseload-options";

describe("what a caseload address asks for", () => {
  it("defaults to the attention order, page 1, no search", () => {
    expect(caseloadQueryFrom({})).toEqual({ search: "", sort: "attention", direction: "desc", page: 1 });
    expect(resolveOptions({})).toEqual({ search: "", sort: "attention", direction: "desc", page: 1 });
  });

  it("reads the search, sort, direction and page, each column with its own default direction", () => {
    expect(caseloadQueryFrom({ q: " ann ", sort: "name", page: "3" })).toEqual({ search: "ann", sort: "name", direction: "asc", page: 3 });
    expect(caseloadQueryFrom({ sort: "silence", dir: "asc" })).toMatchObject({ sort: "silence", direction: "asc" });
    expect(caseloadQueryFrom({ sort: "lastCheckIn" })).toMatchObject({ direction: "desc" });
    expect(caseloadQueryFrom({ sort: ["unreviewed", "name"], q: ["a", "b"] })).toMatchObject({ sort: "unreviewed", search: "a" });
  });

  it("falls back to the defaults for anything a hand-edited address gets wrong", () => {
    expect(caseloadQueryFrom({ sort: "password", dir: "sideways", page: "-2" })).toEqual({ search: "", sort: "attention", direction: "desc", page: 1 });
    expect(resolveOptions({ sort: "bogus" as never, direction: "up" as never })).toMatchObject({ sort: "attention", direction: "desc" });
    expect(normalisePage(Number.NaN)).toBe(1);
    expect(normalisePage(0)).toBe(1);
    expect(normalisePage(2.7)).toBe(2);
    expect(normalisePage(undefined)).toBe(1);
  });

  it("tidies the search and cuts it to a length no name reaches", () => {
    expect(normaliseSearch("  riley \t  jones ")).toBe("riley jones");
    expect(normaliseSearch(undefined)).toBe("");
    expect(normaliseSearch("x".repeat(500))).toHaveLength(MAX_SEARCH_LENGTH);
  });

  it("writes short addresses, leaving out the defaults", () => {
    expect(caseloadHref(resolveOptions({}))).toBe("/caseload");
    expect(caseloadHref({ search: "a&b", sort: "name", direction: "desc", page: 2 })).toBe("/caseload?q=a%26b&sort=name&dir=desc&page=2");
    expect(caseloadHref({ search: "", sort: "attention", direction: "asc", page: 1 })).toBe("/caseload?dir=asc");
  });

  it("leads a column header to that column in its default direction, or reversed when already sorted by it, from page 1", () => {
    const byName = { search: "jo", sort: "name" as const, direction: "asc" as const, page: 3 };
    expect(sortHref(byName, "name")).toBe("/caseload?q=jo&sort=name&dir=desc");
    expect(sortHref({ ...byName, direction: "desc" }, "name")).toBe("/caseload?q=jo&sort=name");
    expect(sortHref(byName, "silence")).toBe("/caseload?q=jo&sort=silence");
    expect(sortHref(byName, "attention")).toBe("/caseload?q=jo");
  });
});
