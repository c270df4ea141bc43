/** Whether patients can be given an item, as a word; the colour only repeats it. */
export function ActiveBadge({ active }: { active: boolean }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${
        active ? "border-calm-700 bg-calm-50 text-calm-800" : "border-muted bg-slate-100 text-muted"
      }`}
    >
      {active ? "Active" : "Deactivated"}
    </span>
  );
}
