import { describe, expect, it } from "vitest";
import { outboxReturnPath, RETRY_NOTICES, retryNoticeText, withRetryNotice } from "./retry-return-path";

describe("where a retry comes back to", () => {
  it("keeps the outbox view or email page the admin was on", () => {
    expect(outboxReturnPath("/admin/outbox")).toBe("/admin/outbox");
    expect(outboxReturnPath("/admin/outbox?status=failed&page=2")).toBe("/admin/outbox?status=failed&page=2");
    expect(outboxReturnPath("/admin/outbox?page=4")).toBe("/admin/outbox?page=4");
    expect(outboxReturnPath("/admin/outbox/42")).toBe("/admin/outbox/42");
  });

  it("rebuilds the address from its checked parts, so nothing else gets through", () => {
    expect(outboxReturnPath("/admin/outbox?status=lost&page=-1&next=https://example.net")).toBe("/admin/outbox");
    expect(outboxReturnPath("/admin/outbox?status=unsent&retry=retried")).toBe("/admin/outbox?status=unsent");
    expect(outboxReturnPath("/admin/outbox/0x2a")).toBe("/admin/outbox");
    expect(outboxReturnPath("/admin/outbox/42/edit")).toBe("/admin/outbox");
    expect(outboxReturnPath("/admin/outbox/../../journal")).toBe("/admin/outbox");
    for (const elsewhere of ["https://example.net/admin/outbox", "//example.net/admin/outbox", "/journal", "", null, 42]) {
      expect(outboxReturnPath(elsewhere)).toBe("/admin/outbox");
    }
  });

  it("adds what the retry did, and reads back only the notices it knows", () => {
    expect(withRetryNotice("/admin/outbox", "retried")).toBe("/admin/outbox?retry=retried");
    expect(withRetryNotice("/admin/outbox?status=failed", "not-found")).toBe("/admin/outbox?status=failed&retry=not-found");
    expect(retryNoticeText("retried")).toBe(RETRY_NOTICES.retried);
    expect(retryNoticeText("not-retryable")).toBe(RETRY_NOTICES["not-retryable"]);
    for (const value of ["toString", "__proto__", "", undefined, ["retried"]]) expect(retryNoticeText(value)).toBeNull();
  });
});
