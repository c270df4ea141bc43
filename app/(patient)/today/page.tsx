import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/components/check-in-form";
import { CrisisPanel } from "@/components/crisis-panel";
import { MoodFace } from "@/components/mood-face";
import { myPsychiatrist } from "@/lib/accounts/my-psychiatrist";
import { requireRole } from "@/lib/auth/current-user";
import { needsCrisisSupport } from "@/lib/moods/mood-band";
import { todayFor } from "@/lib/moods/today";
import { entryHasAlert } from "@/lib/risk/entry-has-alert";
import { crisisLines } from "@/lib/settings/crisis-lines";
import { checkInAction, markTaskDoneAction } from "./actions";

export const metadata: Metadata = { title: "Today" };

type Props = { searchParams: Promise<{ edit?: string; saved?: string }> };

export default async function TodayPage({ searchParams }: Props) {
  const me = await requireRole("patient");
  const [{ entry }, psychiatrist, params] = await Promise.all([todayFor(me.id), myPsychiatrist(me.id), searchParams]);
  const editing = entry !== null && params.edit === "1";

  if (!entry || editing) {
    return (
      <section className="mx-auto max-w-2xl">
        <h1 className="mb-1 text-3xl font-semibold text-calm-800">
          {editing ? "Change today's check-in" : `Hello, ${me.firstName}`}
        </h1>
        {!editing && psychiatrist && (
          <p className="mb-6 text-muted">
            Your psychiatrist, {psychiatrist.firstName} {psychiatrist.lastName}, sees what you share here.
          </p>
        )}
        <CheckInForm
          action={checkInAction}
          legend="How are you feeling today?"
          submitLabel={editing ? "Save changes" : "Check in"}
          entryId={entry?.id}
          values={entry ? { mood: entry.mood, note: entry.note ?? "", minutes: entry.minutes } : undefined}
        />
        {editing && (
          <p className="mt-4">
            <Link href="/today" className="font-medium text-calm-700 underline">
              Keep it as it was
            </Link>
          </p>
        )}
      </section>
    );
  }

  // A hard day, or words in the note that raised an alert whatever the mood.
  const crisis = needsCrisisSupport(entry.mood) || (await entryHasAlert(me.id, entry.id));
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-6">
      {crisis && <CrisisPanel lines={await crisisLines()} />}
      <div>
        <h1 className="text-3xl font-semibold text-calm-800">{params.saved ? "Thank you for checking in" : `Hello, ${me.firstName}`}</h1>
        {psychiatrist && (
          <p className="text-muted">
            {psychiatrist.firstName} {psychiatrist.lastName} will see today&apos;s check-in.
          </p>
        )}
      </div>

      <article aria-labelledby="today-entry" className="rounded-xl border border-calm-200 bg-white p-5">
        <h2 id="today-entry" className="mb-3 text-lg font-semibold">
          Today you feel
        </h2>
        <MoodFace mood={entry.mood} size="lg" />
        {entry.note && <p className="mt-3 whitespace-pre-line break-words">{entry.note}</p>}
        <p className="mt-3 text-muted">
          {entry.minutes} minute{entry.minutes === 1 ? "" : "s"} of mindfulness
        </p>
        <Link href="/today?edit=1" className="mt-4 inline-block rounded-md border border-calm-700 px-4 py-2 font-medium text-calm-700 hover:bg-calm-100">
          Edit today&apos;s check-in
        </Link>
      </article>

      {entry.task && (
        <article aria-labelledby="today-task" className="rounded-xl border border-calm-200 bg-white p-5">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">Your task for today</p>
          <h2 id="today-task" className="mb-1 text-xl font-semibold">
            {entry.task.title}
          </h2>
          <p className="mb-3 text-muted">
            About {entry.task.durationMinutes} minute{entry.task.durationMinutes === 1 ? "" : "s"}
          </p>
          <p className="mb-4 whitespace-pre-line">{entry.task.instructions}</p>
          {entry.taskDone ? (
            <p className="font-medium text-calm-700">✓ Done. Well done for taking the time.</p>
          ) : (
            <form action={markTaskDoneAction}>
              <input type="hidden" name="entryId" value={entry.id} />
              <button type="submit" className="rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800">
                I&apos;ve done it
              </button>
            </form>
          )}
        </article>
      )}

      {entry.message && (
        <aside aria-labelledby="today-message" className="rounded-xl bg-calm-100 p-5">
          <h2 id="today-message" className="mb-1 text-sm font-semibold uppercase tracking-wide text-calm-800">
            Today&apos;s message
          </h2>
          <p className="text-lg">{entry.message}</p>
        </aside>
      )}
    </section>
  );
}
