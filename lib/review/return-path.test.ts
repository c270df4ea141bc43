import { describe, expect, it } from "vitest";
import { replyReturnPath } from "./return-path";

describe("where a reply form returns to", () => {
  it("goes back to the review queue or a patient's page", () => {
    expect(replyReturnPath("/review")).toBe("/review");
    expect(replyReturnPath("/patients/42")).toBe("/patients/42");
  });

  it.each([null, undefined, "", "/", "/caseload", "https://evil.example/review", "//evil.example", "/patients/0", "/patients/4x", "/patients/42/../../admin", "/review?x=1"])(
    "sends %j to the review queue",
    (value) => expect(replyReturnPath(value)).toBe("/review"),
  );
});
