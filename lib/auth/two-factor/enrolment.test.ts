import { describe, expect, it } from "vitest";
import { ENROLMENT_MINUTES, enrolmentSecret, startEnrolment } from "./enrolment";

const NOW = Date.UTC(2026, 5, 16, 12, 0, 0);

describe("an enrolment", () => {
  it("carries its secret, sealed, for the account that started it, for 30 minutes", () => {
    const enrolment = startEnrolment(12, "sam@example.test", NOW);
    expect(enrolment.token).not.toContain(enrolment.secret);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.groupedSecret.replaceAll(" ", "")).toBe(enrolment.secret);
    expect(enrolmentSecret(12, enrolment.token, NOW)).toBe(enrolment.secret);
    expect(enrolmentSecret(12, enrolment.token, NOW + ENROLMENT_MINUTES * 60_000)).toBe(enrolment.secret);
  });

  it("is refused once expired, from before it began, for another account, or altered", () => {
    const { token } = startEnrolment(12, "sam@example.test", NOW);
    expect(enrolmentSecret(12, token, NOW + ENROLMENT_MINUTES * 60_000 + 1)).toBeNull();
    expect(enrolmentSecret(12, token, NOW - 1)).toBeNull();
    expect(enrolmentSecret(13, token, NOW)).toBeNull();
    expect(enrolmentSecret(12, `${token}x`, NOW)).toBeNull();
  });
});
