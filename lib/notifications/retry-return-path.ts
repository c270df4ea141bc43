import { normalisePage } from "@/lib/caseload/caseload-options";
import { parseId } from "@/lib/forms/parse-id";
import { outboxFilterFrom, outboxHref } from "./outbox-view";

// The Retry button serves the outbox list (any filter and page) and an email's own page: after a
// retry the admin goes back to where they pressed it, told what happened. The address is rebuilt
// from its checked parts, so the form field can never send anyone elsewhere.

/** Where to go after a retry: the outbox view or email page named by `returnTo`, else the outbox. */
export function outboxReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/admin/outbox")) return "/admin/outbox";
  const url = new URL(value, "http://miwell.invalid");
  const email = /^\/admin\/outbox\/([^/]+)$/.exec(url.pathname);
  const id = email ? parseId(email[1]) : null;
  if (id !== null) return `/admin/outbox/${id}`;
  return outboxHref(outboxFilterFrom(url.searchParams.get("status")), normalisePage(Number(url.searchParams.get("page") ?? 1)));
}

export const RETRY_NOTICES = {
  retried: "The email is queued to be sent again now.",
  "not-retryable": "That email was not failed or unsent any more, so it was left as it is.",
  "not-found": "That email could not be found.",
} as const;

export type RetryNotice = keyof typeof RETRY_NOTICES;

/** The address to go back to, with what the retry did (`?retry=…`) for the page to say. */
export function withRetryNotice(path: string, notice: RetryNotice): string {
  return `${path}${path.includes("?") ? "&" : "?"}retry=${notice}`;
}

/** The sentence for a `?retry=…` the page was given, or null for none (or one made up). */
export function retryNoticeText(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(RETRY_NOTICES, value) ? RETRY_NOTICES[value as RetryNotice] : null;
}
