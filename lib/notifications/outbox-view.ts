import { emailStatuses } from "@/db/schema";
import { cappedCount } from "@/lib/format/capped-count";
import { shortText } from "@/lib/format/short-text";

export type EmailStatus = (typeof emailStatuses)[number];

/** The outbox's views: every email, or those in one status. */
export type OutboxFilter = EmailStatus | "all";

export const OUTBOX_PAGE_SIZE = 25;

/**
 * Counts stop at this many emails of a status: sent mail grows for ever, and counting it all on
 * every visit would make the screen slower each day. Past the limit a count reads "10,000+".
 */
export const COUNT_LIMIT = 10_000;

/** The filter tabs in the order an admin needs them: what to act on first. */
export const OUTBOX_FILTERS: readonly { status: OutboxFilter; label: string }[] = [
  { status: "all", label: "All" },
  { status: "failed", label: "Failed" },
  { status: "unsent", label: "Unsent" },
  { status: "pending", label: "Pending" },
  { status: "sending", label: "Sending" },
  { status: "sent", label: "Sent" },
  { status: "cancelled", label: "Cancelled" },
];

export const STATUS_LABELS: Record<EmailStatus, string> = {
  pending: "Pending",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  unsent: "Unsent",
  cancelled: "Cancelled",
};

/** Only these can be retried: the worker has given up on them, or had no mail server. */
export const RETRYABLE_STATUSES = ["failed", "unsent"] as const satisfies readonly EmailStatus[];

export function isRetryable(status: EmailStatus): boolean {
  return (RETRYABLE_STATUSES as readonly EmailStatus[]).includes(status);
}

/** The filter an address asks for (`?status=failed`); anything else is every email. */
export function outboxFilterFrom(value: unknown): OutboxFilter {
  return typeof value === "string" && (emailStatuses as readonly string[]).includes(value) ? (value as EmailStatus) : "all";
}

/** The address of a view of the outbox, leaving out the defaults so links stay short. */
export function outboxHref(status: OutboxFilter, page = 1): string {
  const params = new URLSearchParams();
  if (status !== "all") params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/outbox?${search}` : "/admin/outbox";
}

/** A count as the tabs show it: "3", "1,204", or "10,000+" once it reaches COUNT_LIMIT. */
export function countText(count: number): string {
  return cappedCount(count, COUNT_LIMIT);
}

/** How much of an error the list shows; the email's own page has all of it. */
export const ERROR_PREVIEW_LENGTH = 90;

/** The start of an error message, cut at a word where it can be, with "…" when cut. */
export function errorPreview(error: string): string {
  return shortText(error, ERROR_PREVIEW_LENGTH);
}
