import { describe, expect, it } from "vitest";
import { ALERT_NOTICES, alertNoticeText, alertReturnPath, withAlertNotice } from "./alert-return-path";

describe("where an alert step comes back to", () => {
  it("is /alerts (with its filter) or a patient's page, and /alerts for anything else", () => {
    for (const path of ["/alerts", "/alerts?show=all", "/patients/42"]) expect(alertReturnPath(path)).toBe(path);
    for (const path of [undefined, null, "", "https://example.net/", "//example.net", "/alerts?show=all&x=1", "/patients/0", "/patients/4x", "/review"]) {
      expect(alertReturnPath(path)).toBe("/alerts");
    }
  });

  it("adds what happened to the address", () => {
    expect(withAlertNotice("/alerts", "acknowledged")).toBe("/alerts?alert=acknowledged");
    expect(withAlertNotice("/alerts?show=all", "resolved")).toBe("/alerts?show=all&alert=resolved");
    expect(withAlertNotice("/patients/7", "not-found")).toBe("/patients/7?alert=not-found");
  });

  it("reads back only the notices it knows", () => {
    expect(alertNoticeText("resolved")).toBe(ALERT_NOTICES.resolved);
    for (const value of [undefined, "", "toString", "<script>", ["resolved"]]) expect(alertNoticeText(value)).toBeNull();
  });
});
