import type { Metadata } from "next";
import Link from "next/link";
import { type CrisisLine, crisisLines, DEFAULT_CRISIS_LINES } from "@/lib/settings/crisis-lines";

export const metadata: Metadata = { title: "Account deleted" };

// Shown with the defaults while the database is away: help is offered whatever happens.
const linesOrDefaults = (): Promise<readonly CrisisLine[]> => crisisLines().catch(() => DEFAULT_CRISIS_LINES);

/** Where someone lands after deleting their own account, already signed out. */
export default async function AccountDeletedPage() {
  const lines = await linesOrDefaults();
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4 py-6">
      <h1 className="text-3xl font-semibold text-calm-800">Your account has been deleted</h1>
      <p className="text-lg">Your account and your data are deleted from MiWell, and you have been signed out. Thank you for being with us.</p>
      <section aria-labelledby="help-heading" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="help-heading" className="mb-2 text-xl font-semibold text-calm-800">
          If you need to talk to someone
        </h2>
        <p className="mb-3">You can still call these helplines at any time:</p>
        <ul className="flex flex-col gap-2">
          {lines.map((line) => (
            <li key={`${line.name}-${line.dial}`}>
              <strong>{line.name}</strong>{" "}
              <a className="font-semibold text-calm-800 underline" href={`tel:${line.dial}`}>
                {line.number}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Link href="/" className="self-start rounded-md bg-calm-700 px-5 py-3 font-semibold text-white hover:bg-calm-800">
        Go to the MiWell home page
      </Link>
    </section>
  );
}
