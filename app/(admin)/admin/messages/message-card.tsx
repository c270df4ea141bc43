import type { ReactNode } from "react";
import { ActiveBadge } from "@/components/library/active-badge";
import type { AdminMessage } from "@/lib/admin/library/admin-messages";
import { usageText } from "@/lib/admin/library/library-view";

/** One daily message as an admin sees it, named by its own words. */
export function MessageCard({ message, children }: { message: AdminMessage; children?: ReactNode }) {
  const textId = `message-${message.id}`;
  return (
    <article aria-labelledby={textId} className="rounded-xl border border-calm-200 bg-white p-4">
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-start sm:justify-between">
        <p id={textId} className="text-lg wrap-break-word">
          {message.text}
        </p>
        <span className="shrink-0">
          <ActiveBadge active={message.active} />
        </span>
      </div>
      <p className="mt-2 text-sm font-medium">{usageText(message.usage)}</p>
      {children}
    </article>
  );
}
