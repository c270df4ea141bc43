import type { ReactNode } from "react";
import { ActiveBadge } from "@/components/library/active-badge";
import type { AdminTask } from "@/lib/admin/library/admin-tasks";
import { usageText } from "@/lib/admin/library/library-view";
import { BAND_LABELS } from "@/lib/moods/mood-band";

/** One task as an admin sees it: its words, whether it is active, who wrote it, how much it was given. */
export function TaskCard({ task, children }: { task: AdminTask; children?: ReactNode }) {
  const headingId = `task-${task.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-calm-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold wrap-break-word">
          {task.title}
        </h2>
        <ActiveBadge active={task.active} />
      </div>
      <p className="text-sm text-muted">
        {BAND_LABELS[task.moodBand]} · {task.durationMinutes} min · {task.authorName ? `Written by ${task.authorName}` : "From the charity's library"}
      </p>
      <p className="mt-2 line-clamp-4 whitespace-pre-line wrap-break-word">{task.instructions}</p>
      <p className="mt-2 text-sm font-medium">{usageText(task.usage)}</p>
      {children}
    </article>
  );
}
