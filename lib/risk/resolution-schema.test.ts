import { describe, expect, it } from "vitest";
import { RESOLUTION_MAX } from "./resolution-limits";
import { RESOLUTION_MESSAGE, resolutionSchema } from "./resolution-schema";

const parse = (resolution: unknown) => resolutionSchema.safeParse({ resolution });

describe("the note of what was done", () => {
  it("keeps the words trimmed, with line breaks as the browser counted them", () => {
    expect(parse("  Called her at 10; safe at home.  ").data).toEqual({ resolution: "Called her at 10; safe at home." });
    expect(parse("Called.\r\nAgreed a plan.\rSee Friday.").data).toEqual({ resolution: "Called.\nAgreed a plan.\nSee Friday." });
    // 1000 characters once CRLFs count as one, as the textarea counted them.
    expect(parse(`${"x".repeat(RESOLUTION_MAX - 2)}\r\ny`).success).toBe(true);
  });

  it("refuses nothing at all, only spaces, too many characters or a value that is not text", () => {
    for (const value of ["", "  \n ", "x".repeat(RESOLUTION_MAX + 1), undefined, 42]) {
      const result = parse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["resolution"], message: RESOLUTION_MESSAGE });
    }
  });

  it("says what to write", () => {
    expect(RESOLUTION_MESSAGE).toBe("Write what was done, in at most 1000 characters");
  });
});
