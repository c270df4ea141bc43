import type { Metadata } from "next";
import Link from "next/link";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { unsubscribeAction } from "./actions";

export const metadata: Metadata = { title: "Daily reminders" };

/**
 * Where a reminder's "Stop these reminders" link leads. Stopping takes one click on this page
 * rather than happening on opening it, because mail scanners open links in emails by themselves;
 * mail apps use the List-Unsubscribe header, which stops them at once (app/api/unsubscribe).
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const token = params.token ?? "";
  const valid = !params.done && verifyUnsubscribeToken(token) !== null;
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-4 text-3xl font-semibold text-calm-800">Daily reminders</h1>
      {params.done ? (
        <p className="rounded-md bg-calm-100 px-4 py-3" role="status">
          Done: you will not get daily reminders any more.
        </p>
      ) : valid ? (
        <form action={unsubscribeAction} className="space-y-4">
          <p>Stop the daily email that reminds you to check in?</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded-md bg-calm-700 px-5 py-3 font-semibold text-white hover:bg-calm-800">
            Stop daily reminders
          </button>
        </form>
      ) : (
        <p className="rounded-md bg-amber-50 px-4 py-3" role="alert">
          This link is not valid. Sign in to change your reminders from your account.
        </p>
      )}
      <p className="mt-6">
        <Link href="/" className="font-medium text-calm-700 underline">
          Back to MiWell
        </Link>
      </p>
    </section>
  );
}
