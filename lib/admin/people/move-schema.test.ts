import { describe, expect, it } from "vitest";
import { CHOOSE_PSYCHIATRIST, moveSchema } from "./move-schema";

describe("the move form's schema", () => {
  it("takes a psychiatrist's id as written in the select", () => {
    expect(moveSchema.parse({ psychiatristId: "42" })).toEqual({ psychiatristId: 42 });
  });

  it.each([{}, { psychiatristId: "" }, { psychiatristId: "0" }, { psychiatristId: "4.2" }, { psychiatristId: "99999999999999999" }, { psychiatristId: "9999999999999999" }, { psychiatristId: 42 }])(
    "asks for a choice for %j",
    (input) => {
      const parsed = moveSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].message).toBe(CHOOSE_PSYCHIATRIST);
    },
  );
});
