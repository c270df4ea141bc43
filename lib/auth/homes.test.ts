import { describe, expect, it } from "vitest";
import { homeFor, safeReturnPath } from "./homes";

describe("homeFor", () => {
  it.each([
    ["patient", "active", "/today"],
    ["patient", "pending", "/today"],
    ["patient", "disabled", "/today"],
    ["psychiatrist", "active", "/caseload"],
    ["psychiatrist", "pending", "/awaiting-approval"],
    ["psychiatrist", "disabled", "/caseload"],
    ["admin", "active", "/admin"],
    ["admin", "pending", "/admin"],
    ["admin", "disabled", "/admin"],
  ] as const)("sends a %s who is %s to %s", (role, status, home) => {
    expect(homeFor(role, status)).toBe(home);
  });
});

describe("safeReturnPath", () => {
  it.each(["/", "/today", "/patients/3?tab=x", "/caseload#today", "/a/b%2F%2Fc", `/${"a".repeat(511)}`])(
    "keeps the path %j",
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    ["an absolute URL", "https://evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/today"],
    ["a backslash host", "/\\evil.example"],
    ["a script URL", "javascript:alert(1)"],
    ["a relative path", "today"],
    ["a leading space", " /today"],
    ["empty", ""],
    ["513 characters", `/${"a".repeat(512)}`],
    ["a NUL", "/to\u0000day"],
    ["a tab", "/\t/evil.example"],
    ["a newline", "/today\n"],
    ["a carriage return", "/today\r\nSet-Cookie: x=1"],
  ])("refuses %s (%j)", (_label, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it.each([undefined, null, 42, ["/today"], { path: "/today" }, new URL("https://example.com/today")])(
    "refuses the non-string %j",
    (value) => {
      expect(safeReturnPath(value)).toBeNull();
    },
  );
});
