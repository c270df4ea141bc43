import Link from "next/link";
import {
  LIBRARY_STATUSES,
  type LibraryKind,
  type LibraryStatus,
  type LibraryView,
  libraryHref,
  listPath,
  STATUS_LABELS,
} from "@/lib/admin/library/library-view";

const field = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm";
const button = "rounded-md border border-calm-600 bg-white px-4 py-2 font-medium text-calm-700 hover:bg-calm-100";

/**
 * The search box (a plain GET form, so it works before the page's script has loaded) and the
 * tabs by status, each with how many items match the search.
 */
export function LibraryToolbar(props: { kind: LibraryKind; view: LibraryView; counts: Record<LibraryStatus, number> }) {
  const { kind, view, counts } = props;
  const plural = `${kind}s`;
  return (
    <div className="flex flex-col gap-4">
      <form action={listPath(kind)} role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {view.status !== "all" && <input type="hidden" name="status" value={view.status} />}
        <div className="flex grow flex-col gap-1">
          <label htmlFor="library-search" className="font-medium">
            Search {plural}
          </label>
          <input id="library-search" type="search" name="q" defaultValue={view.search} maxLength={100} className={field} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={button}>
            Search
          </button>
          {view.search && (
            <Link href={libraryHref(kind, { status: view.status })} className={`${button} whitespace-nowrap`}>
              Clear search
            </Link>
          )}
        </div>
      </form>
      <nav aria-label={`Which ${plural}`}>
        <ul className="flex flex-wrap gap-2">
          {LIBRARY_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={libraryHref(kind, { status, search: view.search })}
                aria-current={status === view.status ? "page" : undefined}
                className="inline-block rounded-full border border-calm-600 px-4 py-1.5 font-medium text-calm-700 hover:bg-calm-100 aria-[current=page]:bg-calm-700 aria-[current=page]:text-white"
              >
                {STATUS_LABELS[status]} ({counts[status].toLocaleString("en-GB")})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
