import { retryNoticeText } from "@/lib/notifications/retry-return-path";

/** What the last retry did, from the `?retry=…` the action came back with. */
export function RetryNotice({ value }: { value: unknown }) {
  const text = retryNoticeText(value);
  if (!text) return null;
  return (
    <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
      {text}
    </p>
  );
}
