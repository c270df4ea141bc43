import { type EmailStatus, STATUS_LABELS } from "@/lib/notifications/outbox-view";

// The word says the status; the colour only repeats it.
const STYLES: Record<EmailStatus, string> = {
  pending: "border-calm-700 text-calm-800",
  sending: "border-calm-700 text-calm-800",
  sent: "border-calm-200 bg-calm-50 text-calm-800",
  failed: "border-warn bg-red-50 text-warn",
  unsent: "border-amber-700 bg-amber-50 text-amber-900",
  cancelled: "border-muted text-muted",
};

/** An email's status as a badge with its word. */
export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>
  );
}
