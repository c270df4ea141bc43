import { STATUS_LABELS } from "@/lib/admin/people/people-query";
import type { Status } from "@/db/schema";

// The word says the status; the colour only repeats it.
const STYLES: Record<Status, string> = {
  active: "border-calm-200 bg-calm-50 text-calm-800",
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  disabled: "border-warn bg-red-50 text-warn",
};

/** An account's status as a badge with its word. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}
