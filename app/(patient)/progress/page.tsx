import type { Metadata } from "next";
import Link from "next/link";
import { MoodChart } from "@/components/mood-chart";
import { MoodFace } from "@/components/mood-face";
import { requireRole } from "@/lib/auth/current-user";
import { progressFor } from "@/lib/moods/progress";
import { RANGE_DAYS, rangeDaysFrom, type ProgressStats, type RangeDays } from "@/lib/moods/progress-stats";

export const metadata: Metadata = { title: "Progress" };

const RANGE_NAMES: Record<RangeDays, { link: string; phrase: string }> = {
  7: { link: "7 days", phrase: "the last 7 days" },
  30: { link: "30 days", phrase: "the last 30 days" },
  90: { link: "90 days", phrase: "the last 90 days" },
  365: { link: "1 year", phrase: "the last year" },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireRole("patient");
  const days = rangeDaysFrom((await searchParams).days);
  const stats = await progressFor(me.id, days);
  const phrase = RANGE_NAMES[days].phrase;

  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Your progress</h1>
      <p className="mb-5 text-lg">
        How you have been over {phrase}. Every check-in counts, whatever the day was like.
        {stats.daysCheckedIn === 0 && (
          <>
            {" "}
            <Link href="/today" className="font-medium text-calm-700 underline underline-offset-4">
              Check in today
            </Link>{" "}
            to start filling in your chart.
          </>
        )}
      </p>

      <nav aria-label="Time range" className="mb-6">
        <ul className="grid grid-cols-4 rounded-lg border border-calm-200 bg-white p-1 sm:inline-grid">
          {RANGE_DAYS.map((d) => (
            <li key={d}>
              <Link
                href={`/progress?days=${d}`}
                aria-current={d === days ? "page" : undefined}
                className="block whitespace-nowrap rounded-md px-2 py-2 text-center font-medium text-calm-700 hover:bg-calm-100 aria-[current=page]:bg-calm-700 aria-[current=page]:text-white sm:px-4"
              >
                {RANGE_NAMES[d].link}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="chart-heading" className="mb-3 text-xl font-semibold">
        Mood and mindfulness
      </h2>
      <MoodChart days={stats.days} averageMood={stats.averageMood} rangeLabel={phrase} headingId="chart-heading" />

      <h2 className="mb-3 mt-8 text-xl font-semibold">At a glance</h2>
      <StatCards stats={stats} />

      <h2 className="mb-3 mt-8 text-xl font-semibold">How often you chose each face</h2>
      <FaceCounts stats={stats} />
    </section>
  );
}

function StatCards({ stats }: { stats: ProgressStats }) {
  const checkedInToday = stats.days.at(-1)?.mood !== null;
  const streakNote = stats.streak === 0 ? "Check in today to start one." : checkedInToday ? "Including today." : "Check in today to keep it going.";
  return (
    <dl className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2">
      <StatCard label="Current streak" value={plural(stats.streak, "day")} note={streakNote} />
      <StatCard
        label="Average mood"
        value={stats.averageMood === null ? <span className="text-lg">No check-ins yet</span> : <MoodFace mood={Math.round(stats.averageMood)} />}
        note={stats.averageMood === null ? undefined : `${stats.averageMood} out of 7`}
      />
      <StatCard
        label="Mindfulness"
        value={`${stats.totalMinutes} min`}
        note={stats.averageMinutes === null ? undefined : `About ${stats.averageMinutes} min on each day you checked in.`}
      />
      <StatCard label="Days checked in" value={`${stats.daysCheckedIn} of ${stats.daysInRange}`} />
    </dl>
  );
}

function StatCard({ label, value, note }: { label: string; value: React.ReactNode; note?: string }) {
  return (
    <div className="flex flex-col rounded-lg border border-calm-200 bg-white p-4">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-calm-800">{value}</dd>
      {note && <dd className="mt-1 text-sm text-muted">{note}</dd>}
    </div>
  );
}

function FaceCounts({ stats }: { stats: ProgressStats }) {
  const most = Math.max(1, ...stats.faceCounts.map((c) => c.count));
  return (
    <ul className="space-y-2 rounded-lg border border-calm-200 bg-white p-4">
      {stats.faceCounts.map(({ mood, count }) => (
        <li key={mood} className="grid grid-cols-[7.5rem_1fr_4.5rem] items-center gap-3">
          <MoodFace mood={mood} size="sm" />
          <span aria-hidden="true" className="h-3 rounded-full bg-calm-50">
            <span className="block h-full rounded-full bg-calm-600" style={{ width: `${(count / most) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums">{plural(count, "day")}</span>
        </li>
      ))}
    </ul>
  );
}
