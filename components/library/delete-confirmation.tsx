import Link from "next/link";
import type { ReactNode } from "react";
import { type LibraryKind, listPath } from "@/lib/admin/library/library-view";

/**
 * "Delete this task?" with the item shown once more. An item patients were given cannot be
 * deleted, so its page says why instead of offering the button.
 */
export function DeleteConfirmation(props: {
  kind: LibraryKind;
  item: { id: number; deletable: boolean };
  action: (form: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const { kind, item, action, children } = props;
  const back = listPath(kind);
  if (!item.deletable) {
    return (
      <section className="mx-auto flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-semibold text-calm-800">This {kind} cannot be deleted</h1>
        <p>Patients have been given it, and their history still shows it. Deactivate it instead: nobody will be given it again.</p>
        {children}
        <Link href={back} className="self-start font-medium text-calm-700 underline">
          Back to the {kind}s
        </Link>
      </section>
    );
  }
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-semibold text-calm-800">Delete this {kind}?</h1>
      <p>No patient has been given it, so nothing in anyone&apos;s history refers to it. Deleting it cannot be undone.</p>
      {children}
      <div className="flex flex-col gap-3 sm:flex-row">
        <form action={action}>
          <input type="hidden" name={`${kind}Id`} value={item.id} />
          <button type="submit" className="w-full rounded-md bg-warn px-4 py-3 font-semibold text-white sm:w-auto">
            Yes, delete it
          </button>
        </form>
        <Link href={back} className="rounded-md border border-calm-700 px-4 py-3 text-center font-semibold text-calm-700">
          No, keep it
        </Link>
      </div>
    </section>
  );
}
