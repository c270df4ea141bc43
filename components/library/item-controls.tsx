import Link from "next/link";
import { type LibraryKind, listPath } from "@/lib/admin/library/library-view";

type FormAction = (form: FormData) => Promise<void>;

const control = "inline-block rounded-md border border-calm-600 bg-white px-3 py-1.5 text-sm font-medium text-calm-700 hover:bg-calm-100";

/**
 * Edit, Deactivate or Reactivate, and Delete for an item no patient was given. The buttons are
 * plain forms, so they work before the page's script has loaded; `context` names the item for
 * screen readers, where "Edit" alone would not say which.
 */
export function ItemControls(props: {
  kind: LibraryKind;
  item: { id: number; active: boolean; deletable: boolean };
  context: string;
  returnTo: string;
  deactivate: FormAction;
  reactivate: FormAction;
}) {
  const { kind, item, context, returnTo, deactivate, reactivate } = props;
  const itemPath = `${listPath(kind)}/${item.id}`;
  const label = <span className="sr-only"> {context}</span>;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <Link href={`${itemPath}/edit`} className={control}>
        Edit{label}
      </Link>
      <form action={item.active ? deactivate : reactivate}>
        <input type="hidden" name={`${kind}Id`} value={item.id} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <button type="submit" className={control}>
          {item.active ? "Deactivate" : "Reactivate"}
          {label}
        </button>
      </form>
      {item.deletable && (
        <Link href={`${itemPath}/delete`} className={`${control} border-warn text-warn hover:bg-red-50`}>
          Delete{label}
        </Link>
      )}
    </div>
  );
}
