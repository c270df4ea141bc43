import Link from "next/link";
import type { ReactNode } from "react";
import { Pager } from "@/components/pager";
import type { LibraryPage } from "@/lib/admin/library/library-list";
import { type LibraryKind, libraryHref, listPath, STATUS_LABELS } from "@/lib/admin/library/library-view";
import { LibraryNotice } from "./library-notice";
import { LibraryToolbar } from "./library-toolbar";

const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * An admin's list of tasks or messages: what the library is for, what the last change did, the
 * search and status tabs, and one page of items, newest first. `item` draws one item; it gets
 * the address of this very view, for its buttons to come back to.
 */
export function LibraryList<T extends { id: number }>(props: {
  kind: LibraryKind;
  title: string;
  intro: string;
  notice: unknown;
  list: LibraryPage<T>;
  item: (item: T, returnTo: string) => ReactNode;
}) {
  const { kind, title, intro, notice, list, item } = props;
  const { items, view, pageCount, total, counts } = list;
  const returnTo = libraryHref(kind, view);
  // "9 active tasks", "1 deactivated message", "30 tasks".
  const counted = `${view.status === "all" ? "" : `${STATUS_LABELS[view.status].toLowerCase()} `}${kind}${total === 1 ? "" : "s"}`;
  return (
    <section className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-semibold text-calm-800">{title}</h1>
        <Link href={`${listPath(kind)}/new`} className="rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800">
          Add a {kind}
        </Link>
      </div>
      <p className="text-muted">{intro}</p>
      <LibraryNotice kind={kind} value={notice} />
      <LibraryToolbar kind={kind} view={view} counts={counts} />
      {total === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">{view.search ? `No ${kind}s match “${view.search}”.` : `No ${kind}s here.`}</p>
      ) : (
        <>
          <p className="text-muted">
            {total.toLocaleString("en-GB")} {counted}
            {view.search && ` matching “${view.search}”`}, newest first.
          </p>
          <ul aria-label={capitalised(`${kind}s`)} className="flex flex-col gap-3">
            {items.map((entry) => (
              <li key={entry.id}>{item(entry, returnTo)}</li>
            ))}
          </ul>
          <Pager page={view.page} pageCount={pageCount} label={`${capitalised(kind)} pages`} hrefFor={(page) => libraryHref(kind, { ...view, page })} />
        </>
      )}
    </section>
  );
}
