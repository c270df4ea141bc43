import { alertNoticeText } from "@/lib/risk/alert-return-path";

/** What the last acknowledge or resolve did, from the `?alert=…` the action came back with. */
export function AlertNotice({ value }: { value: unknown }) {
  const text = alertNoticeText(value);
  if (!text) return null;
  return (
    <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
      {text}
    </p>
  );
}
