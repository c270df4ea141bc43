import { describe, expect, it } from "vitest";
import { alertIdOfKey, emailKeys } from "./email-keys";

describe("email dedupe keys", () => {
  it("reads the alert back from the keys of alert, escalation and handover emails", () => {
    expect(alertIdOfKey(emailKeys.alert(42))).toBe(42);
    expect(alertIdOfKey(emailKeys.escalation(42, 7))).toBe(42);
    expect(alertIdOfKey(emailKeys.handover(42, 7))).toBe(42);
  });

  it("finds no alert in any other key", () => {
    for (const key of [emailKeys.reminder(42, "2026-06-10"), emailKeys.reply(42), emailKeys.rejection(42), emailKeys.emailChanged(42, new Date(0)), emailKeys.passwordChanged(42, 2), "alert:", "alert:0", "alerts:42"]) {
      expect(alertIdOfKey(key)).toBeNull();
    }
  });
});
