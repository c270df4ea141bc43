import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { BAND_LABELS } from "@/lib/moods/mood-band";
import { staffLibrary } from "@/lib/tasks/manage-tasks";

export const metadata: Metadata = { title: "Task library" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const me = await requireRole("psychiatrist");
  const [tasks, { saved }] = await Promise.all([staffLibrary({ id: me.id }), searchParams]);
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-semibold text-calm-800">Task library</h1>
        <Link href="/library/new" className="rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800">
          Add a task
        </Link>
      </div>
      <p className="text-muted">
        Mindfulness tasks patients are given after they check in, each for the days it suits. Your own tasks come first.
      </p>
      {saved && (
        <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
          The task is saved in the library.
        </p>
      )}
      <ul className="flex flex-col gap-3">
        {tasks.map((task) => (
          <li key={task.id} className="rounded-xl border border-calm-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">{task.title}</h2>
              <span className="text-sm text-muted">
                {BAND_LABELS[task.moodBand]} · {task.durationMinutes} min
              </span>
            </div>
            <p className="mt-2 whitespace-pre-line break-words">{task.instructions}</p>
            <p className="mt-2 text-sm text-muted">
              {task.mine ? "Written by you" : task.authorName ? `Written by ${task.authorName}` : "From the charity's library"}
            </p>
            {task.mine && (
              <Link href={`/library/${task.id}/edit`} className="mt-2 inline-block rounded-md border border-calm-600 px-3 py-1.5 text-sm font-medium text-calm-700">
                Edit<span className="sr-only"> {task.title}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
