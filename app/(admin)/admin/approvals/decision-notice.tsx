import { decisionNoticeText } from "@/lib/admin/approvals/decision-notices";

/** What the last approval or rejection did, from the `?decision=…` the action came back with. */
export function DecisionNotice({ value }: { value: unknown }) {
  const text = decisionNoticeText(value);
  if (!text) return null;
  return (
    <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
      {text}
    </p>
  );
}
