import Link from "next/link";
import type { Consequences } from "@/lib/admin/people/change-consequences";
import type { ConfirmedChange } from "@/lib/admin/people/person-actions";
import { disableAccountAction, enableAccountAction, removeAccountAction } from "./actions";

const CHANGES: Record<ConfirmedChange, { verb: string; button: string; action: (form: FormData) => Promise<void>; danger: boolean }> = {
  disable: { verb: "Disable", button: "Yes, disable the account", action: disableAccountAction, danger: true },
  enable: { verb: "Enable", button: "Yes, enable the account", action: enableAccountAction, danger: false },
  remove: { verb: "Remove", button: "Yes, remove the account for good", action: removeAccountAction, danger: true },
};

/**
 * The confirmation step: what the change will do, then the button that does it or the way back.
 * A plain form, so it works before the page's script has loaded.
 */
export function ConfirmChange(props: { change: ConfirmedChange; userId: number; name: string; consequences: Consequences }) {
  const { change, userId, name, consequences } = props;
  const { verb, button, action, danger } = CHANGES[change];
  return (
    <section aria-labelledby="confirm-heading" className="flex flex-col gap-3 rounded-xl border-2 border-calm-700 bg-white p-4 sm:p-5">
      <h2 id="confirm-heading" className="text-xl font-semibold break-words">
        {verb} {name}’s account?
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {consequences.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {consequences.warning && <p className="rounded-md border border-warn bg-red-50 px-4 py-3 font-medium text-warn">{consequences.warning}</p>}
      <div className="flex flex-col gap-3 sm:flex-row">
        <form action={action}>
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" className={`w-full rounded-md px-4 py-3 font-semibold text-white sm:w-auto ${danger ? "bg-warn hover:bg-red-800" : "bg-calm-700 hover:bg-calm-800"}`}>
            {button}
          </button>
        </form>
        <Link href={`/admin/people/${userId}`} className="rounded-md border border-calm-700 px-4 py-3 text-center font-semibold text-calm-700 hover:bg-calm-100">
          Cancel
        </Link>
      </div>
    </section>
  );
}
