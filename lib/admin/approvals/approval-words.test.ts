import { describe, expect, it } from "vitest";
import { rejectionEmail } from "@/lib/notifications/templates/rejection-email";
import { approvalsWithNotice, DECISION_NOTICES, decisionNoticeText } from "./decision-notices";
import { displayPhone } from "./display-phone";
import { REJECTION_REASON_MESSAGE, rejectionSchema } from "./rejection-schema";

describe("the rejection reason", () => {
  it("is trimmed, with the browser's CRLF line breaks made single, and kept between 10 and 1000 characters", () => {
    expect(rejectionSchema.parse({ reason: "  Not a BACP member\r\nsince 2019.  " })).toEqual({ reason: "Not a BACP member\nsince 2019." });
    expect(rejectionSchema.parse({ reason: "x".repeat(10) }).reason).toHaveLength(10);
    // 1000 characters as the browser counts them, though CRLF sends 1001.
    expect(rejectionSchema.parse({ reason: `${"x".repeat(998)}\r\ny` }).reason).toHaveLength(1000);
    for (const reason of [undefined, 42, "", "          ", "123456789", " 12345678 ", "x".repeat(1001)]) {
      const parsed = rejectionSchema.safeParse({ reason });
      expect(parsed.success, JSON.stringify(reason)).toBe(false);
      expect(parsed.error!.issues[0].message).toBe(REJECTION_REASON_MESSAGE);
    }
  });
});

describe("the rejection email", () => {
  it("gives the reason as the admin wrote it, escaped in HTML, and the way to apply again", () => {
    const email = rejectionEmail({ firstName: "Robin", reason: "Your <b>number</b> & name do not match." });
    expect(email.subject).toBe("Your application to join MiWell");
    expect(email.text).toContain("Hello Robin,");
    expect(email.text).toContain("> Your <b>number</b> & name do not match.");
    expect(email.text).toMatch(/Apply again: http:\/\/\S+\/register\/psychiatrist/);
    expect(email.html).toContain("Your &lt;b&gt;number&lt;/b&gt; &amp; name do not match.");
    expect(email.html).not.toContain("<b>number");
  });
});

describe("what the approvals page says after a decision", () => {
  it("has a sentence for each decision and none for anything else", () => {
    expect(approvalsWithNotice("approved")).toBe("/admin/approvals?decision=approved");
    for (const decision of Object.keys(DECISION_NOTICES) as (keyof typeof DECISION_NOTICES)[]) {
      expect(decisionNoticeText(decision)).toBe(DECISION_NOTICES[decision]);
    }
    for (const value of [undefined, "", "toString", "<script>", ["approved"]]) expect(decisionNoticeText(value)).toBeNull();
  });
});

describe("a phone number as the admin reads it", () => {
  it("is spaced in international form, or left as stored when it does not parse", () => {
    expect(displayPhone("+442079460456")).toBe("+44 20 7946 0456");
    expect(displayPhone("not a number")).toBe("not a number");
  });
});
