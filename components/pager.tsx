import Link from "next/link";

/** Back/forward links around "Page N of M"; nothing when everything fits on one page. */
export function Pager(props: {
  page: number;
  pageCount: number;
  label: string;
  hrefFor: (page: number) => string;
  previousLabel?: string;
  nextLabel?: string;
}) {
  const { page, pageCount, label, hrefFor, previousLabel = "← Newer", nextLabel = "Older →" } = props;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4 py-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="font-medium text-calm-700 underline">
          {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className="font-medium text-calm-700 underline">
          {nextLabel}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
