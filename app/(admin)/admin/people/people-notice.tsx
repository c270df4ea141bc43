import { noticeFrom } from "@/lib/admin/people/people-outcomes";

/** What the last change did, or why it was refused, from the `?notice=…&moved=…` the action came back with. */
export function PeopleNotice({ notice, moved }: { notice: unknown; moved: unknown }) {
  const shown = noticeFrom(notice, moved);
  if (!shown) return null;
  return shown.refusal ? (
    <p role="alert" className="rounded-md border border-warn bg-red-50 px-4 py-3 text-warn">
      {shown.text}
    </p>
  ) : (
    <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
      {shown.text}
    </p>
  );
}
