import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { faviconFor } from "./favicon";

describe("faviconFor", () => {
  it.each([
    ["patient", "/icons/patient.svg"],
    ["psychiatrist", "/icons/psychiatrist.svg"],
    ["admin", "/icons/admin.svg"],
    [null, "/icons/miwell.svg"],
  ] as const)("gives %s the icon %s, which exists in public/", (role, icon) => {
    expect(faviconFor(role)).toBe(icon);
    expect(existsSync(path.join(__dirname, "../../public", icon))).toBe(true);
  });

  it("gives every role a different icon", () => {
    const icons = (["patient", "psychiatrist", "admin", null] as const).map(faviconFor);
    expect(new Set(icons).size).toBe(4);
  });
});
