import { type LibraryKind, noticeText } from "@/lib/admin/library/library-view";

/** What the last change did, from the `?done=…` the action came back with. */
export function LibraryNotice({ kind, value }: { kind: LibraryKind; value: unknown }) {
  const text = noticeText(kind, value);
  if (!text) return null;
  return (
    <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
      {text}
    </p>
  );
}
