import Link from "next/link";

const link = "font-medium text-calm-700 underline";

/**
 * Newer and older pages by marker rather than by number: the trail grows while it is read, and
 * a marker keeps each page where it was. No page count, as counting would read the whole trail.
 */
export function AuditPager({ newerHref, olderHref, newestHref }: { newerHref: string | null; olderHref: string | null; newestHref: string | null }) {
  if (!newerHref && !olderHref) return null;
  return (
    <nav aria-label="Audit trail pages" className="flex flex-wrap items-center justify-between gap-4 py-2">
      <span className="flex gap-4">
        {newestHref && (
          <Link href={newestHref} className={link}>
            Newest
          </Link>
        )}
        {newerHref && (
          <Link href={newerHref} className={link}>
            ← Newer
          </Link>
        )}
      </span>
      {olderHref && (
        <Link href={olderHref} className={link}>
          Older →
        </Link>
      )}
    </nav>
  );
}
