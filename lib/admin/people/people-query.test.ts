import { describe, expect, it } from "vitest";
import { peopleHref, peopleQueryFrom, personHref, resolvePeopleQuery } from "./people-query";

describe("the people list's address", () => {
  it("reads search, role, status and page, with defaults for anything missing or wrong", () => {
    expect(peopleQueryFrom({})).toEqual({ search: "", role: "any", status: "any", page: 1 });
    expect(peopleQueryFrom({ q: "  Ann   Lee ", role: "patient", status: "disabled", page: "3" })).toEqual({
      search: "Ann Lee",
      role: "patient",
      status: "disabled",
      page: 3,
    });
    expect(peopleQueryFrom({ q: ["first", "second"], role: ["admin", "patient"], status: "asleep", page: "-2" })).toEqual({
      search: "first",
      role: "admin",
      status: "any",
      page: 1,
    });
    expect(peopleQueryFrom({ role: "superuser", page: "x" })).toMatchObject({ role: "any", page: 1 });
    expect(resolvePeopleQuery({ search: "x".repeat(300), role: 7 }).search).toHaveLength(100);
  });

  it("writes the address back, leaving out the defaults", () => {
    expect(peopleHref(resolvePeopleQuery({}))).toBe("/admin/people");
    expect(peopleHref({ search: "ann@example.com", role: "psychiatrist", status: "pending", page: 2 })).toBe(
      "/admin/people?q=ann%40example.com&role=psychiatrist&status=pending&page=2",
    );
    expect(peopleHref({ search: "", role: "any", status: "active", page: 1 })).toBe("/admin/people?status=active");
    expect(personHref(42)).toBe("/admin/people/42");
  });
});
