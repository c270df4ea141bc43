import { signOutEverywhereAction } from "./actions";

/** Ends every session of the account, for a lost phone or a computer left signed in. */
export function SignOutEverywhere() {
  return (
    <section aria-labelledby="everywhere-heading" className="flex flex-col gap-2">
      <h2 id="everywhere-heading" className="text-xl font-semibold">
        Signed in somewhere else?
      </h2>
      <p className="text-muted">If you lost a phone or left a computer signed in, sign out on every device at once, this one too.</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="rounded-md border border-calm-600 px-4 py-2 font-medium text-calm-700 hover:bg-calm-100">
          Sign out everywhere
        </button>
      </form>
    </section>
  );
}
