import type { Metadata } from "next";
import { MoodFace } from "@/components/mood-face";
import { requireRole } from "@/lib/auth/current-user";
import { BAND_LABELS, type MoodBand } from "@/lib/moods/mood-band";
import { taskLibraryFor, type LibraryTask } from "@/lib/tasks/library";

export const metadata: Metadata = { title: "Tasks" };

// "In-between days (…)" reads as part of a sentence once its first letter is lower case.
const bandPhrase = (band: MoodBand) => BAND_LABELS[band].charAt(0).toLowerCase() + BAND_LABELS[band].slice(1);

export default async function TasksPage() {
  const me = await requireRole("patient");
  const { recentBand, recentAverage, tasks } = await taskLibraryFor(me.id);
  const suited = tasks.filter((t) => t.band === recentBand);
  // Still in the library's order: the nearest band first, so good-day tasks before hard-day ones on in-between days.
  const others = tasks.filter((t) => t.band !== recentBand);

  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Mindfulness tasks</h1>
      <div className="mb-8 space-y-2 text-lg">
        {recentAverage === null ? (
          <p>You have not checked in over the last week, so tasks for {bandPhrase(recentBand)} come first.</p>
        ) : (
          <p>
            Over the last week you have felt around <MoodFace mood={Math.round(recentAverage)} size="sm" /> on average, so
            tasks for {bandPhrase(recentBand)} come first.
          </p>
        )}
        <p className="text-muted">Any task is fine to try on any day: choose what feels right.</p>
      </div>

      {tasks.length === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">There are no tasks in the library yet. Please check back soon.</p>
      ) : (
        <>
          <TaskList heading="Suited to your recent days" tasks={suited} />
          <TaskList heading="More tasks" tasks={others} />
        </>
      )}
    </section>
  );
}

function TaskList({ heading, tasks }: { heading: string; tasks: LibraryTask[] }) {
  if (tasks.length === 0) return null;
  return (
    <>
      <h2 className="mb-3 text-xl font-semibold">{heading}</h2>
      <ul className="mb-8 space-y-4">
        {tasks.map((task) => (
          <li key={task.id}>
            <TaskCard task={task} />
          </li>
        ))}
      </ul>
    </>
  );
}

function TaskCard({ task }: { task: LibraryTask }) {
  return (
    <article className={`rounded-lg border bg-white p-5 ${task.pinned ? "border-calm-600" : "border-calm-200"}`}>
      {task.pinned && (
        <p className="mb-2 inline-block rounded-md bg-calm-100 px-3 py-1 text-sm font-semibold text-calm-800">Chosen for you by your psychiatrist</p>
      )}
      <h3 className="text-lg font-semibold text-calm-800">{task.title}</h3>
      <p className="mb-3 text-sm text-muted">
        {task.durationMinutes} {task.durationMinutes === 1 ? "minute" : "minutes"} · {BAND_LABELS[task.band]}
      </p>
      <p className="whitespace-pre-line">{task.instructions}</p>
    </article>
  );
}
