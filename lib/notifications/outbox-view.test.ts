import { describe, expect, it } from "vitest";
import { COUNT_LIMIT, countText, ERROR_PREVIEW_LENGTH, errorPreview, isRetryable, OUTBOX_FILTERS, outboxFilterFrom, outboxHref } from "./outbox-view";

describe("how the outbox is shown", () => {
  it("reads the status filter from the address, every email otherwise", () => {
    expect(outboxFilterFrom("failed")).toBe("failed");
    expect(outboxFilterFrom("cancelled")).toBe("cancelled");
    for (const value of ["all", "FAILED", "", "lost", undefined, ["failed"], 3]) expect(outboxFilterFrom(value)).toBe("all");
  });

  it("writes short addresses, leaving out the defaults", () => {
    expect(outboxHref("all")).toBe("/admin/outbox");
    expect(outboxHref("all", 1)).toBe("/admin/outbox");
    expect(outboxHref("all", 3)).toBe("/admin/outbox?page=3");
    expect(outboxHref("unsent")).toBe("/admin/outbox?status=unsent");
    expect(outboxHref("failed", 2)).toBe("/admin/outbox?status=failed&page=2");
  });

  it("offers a tab for every status, the ones to act on first", () => {
    expect(OUTBOX_FILTERS.map((f) => f.status)).toEqual(["all", "failed", "unsent", "pending", "sending", "sent", "cancelled"]);
  });

  it("lets only failed and unsent emails be retried", () => {
    expect(["pending", "sending", "sent", "failed", "unsent", "cancelled"].filter((s) => isRetryable(s as never))).toEqual(["failed", "unsent"]);
  });

  it("writes counts with separators, and says when one stopped at the limit", () => {
    expect(countText(0)).toBe("0");
    expect(countText(1204)).toBe("1,204");
    expect(countText(COUNT_LIMIT)).toBe("10,000");
    expect(countText(COUNT_LIMIT + 1)).toBe("10,000+");
  });

  it("shortens a long error at a word, and leaves a short one whole", () => {
    expect(errorPreview("Connection refused")).toBe("Connection refused");
    const exact = "x".repeat(ERROR_PREVIEW_LENGTH);
    expect(errorPreview(exact)).toBe(exact);
    const words = "Greeting never received from the mail server at 127.0.0.1 port 2525 after waiting ten seconds for it";
    const preview = errorPreview(words);
    expect(preview.endsWith("…")).toBe(true);
    expect(preview.length).toBeLessThanOrEqual(ERROR_PREVIEW_LENGTH + 1);
    expect(words.startsWith(preview.slice(0, -1))).toBe(true);
    expect(words[preview.length - 1]).toBe(" ");
    // One long word has no space to cut at: it is cut where it must be.
    expect(errorPreview("y".repeat(200))).toBe(`${"y".repeat(ERROR_PREVIEW_LENGTH)}…`);
  });
});
