import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { MoodChart } from "@/components/mood-chart";
import { Pager } from "@/components/pager";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { journalPage } from "@/lib/moods/journal";
import { journalCard } from "@/lib/moods/journal-card";
import { BAND_LABELS } from "@/lib/moods/mood-band";
import { progressFor } from "@/lib/moods/progress";
import { patientRecordFor } from "@/lib/patients/patient-record";
import { unresolvedAlertsOf } from "@/lib/risk/alert-list";
import { pinnableTasks, pinnedTasks } from "@/lib/tasks/pins";
import { AlertCard } from "../../alerts/alert-card";
import { AlertNotice } from "../../alerts/alert-notice";
import { pinTaskAction, unpinTaskAction } from "./actions";
import { EntryWithReply } from "./entry-with-reply";

export const metadata: Metadata = { title: "Patient" };

const PIN_NOTICES: Record<string, string> = {
  pinned: "The task is pinned: it becomes their task of the day when it suits their mood.",
  "already-pinned": "That task was already pinned.",
  "no-such-task": "That task is not in the library any more.",
  unpinned: "The task is no longer pinned.",
  "not-pinned": "That task was not pinned.",
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string; pin?: string; replied?: string; edited?: string; alert?: string }>;
};

export default async function PatientPage({ params, searchParams }: Props) {
  const me = await requireRole("psychiatrist");
  const patientId = parseId((await params).id);
  const actor = { id: me.id, ip: await requestAddress() };
  const record = patientId === null ? null : await patientRecordFor(actor, patientId);
  if (!record) forbidden();
  const query = await searchParams;
  const [alerts, stats, journal, pinned, library] = await Promise.all([
    unresolvedAlertsOf(actor, record.id),
    progressFor(record.id, 30),
    journalPage(record.id, Number(query.page ?? 1)),
    pinnedTasks(record.id),
    pinnableTasks(),
  ]);
  const unpinned = library.filter((task) => !pinned.some((p) => p.id === task.id));
  const name = `${record.firstName} ${record.lastName}`;

  return (
    <section className="flex flex-col gap-8">
      <div>
        <p>
          <Link href="/caseload" className="font-medium text-calm-700 underline">
            ← Caseload
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-semibold text-calm-800">{name}</h1>
      </div>

      <AlertNotice value={query.alert} />
      {alerts && alerts.length > 0 && (
        <section id="assistance" aria-labelledby="assistance-heading" className="flex flex-col gap-3 rounded-xl border-2 border-warn bg-red-50 p-4 sm:p-5">
          <h2 id="assistance-heading" className="text-xl font-semibold text-warn">
            Requires assistance
          </h2>
          <p>
            {record.firstName} has {alerts.length} unresolved alert{alerts.length === 1 ? "" : "s"}. Acknowledge what you have seen, and
            resolve each with a note of what was done.
          </p>
          <ul aria-label={`Unresolved alerts for ${name}`} className="flex flex-col gap-3">
            {alerts.map((alert) => (
              <li key={alert.id}>
                <AlertCard alert={alert} timeZone={me.timezone} returnTo={`/patients/${record.id}`} showPatient={false} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="contact" className="rounded-xl border border-calm-200 bg-white p-5">
          <h2 id="contact" className="mb-3 text-lg font-semibold">
            Contact
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 break-words">
            <dt className="text-muted">Phone</dt>
            <dd>
              <a href={`tel:${record.phone}`} className="text-calm-700 underline">
                {record.phone}
              </a>
            </dd>
            <dt className="text-muted">Email</dt>
            <dd className="min-w-0">
              <a href={`mailto:${record.email}`} className="text-calm-700 underline">
                {record.email}
              </a>
            </dd>
            <dt className="text-muted">Postcode</dt>
            <dd>{record.postcode}</dd>
            <dt className="text-muted">Emergency contact</dt>
            <dd>
              {record.emergencyContactName
                ? `${record.emergencyContactName}${record.emergencyContactPhone ? `, ${record.emergencyContactPhone}` : ""}`
                : "Not given"}
            </dd>
            <dt className="text-muted">Time zone</dt>
            <dd>{record.timezone.replaceAll("_", " ")}</dd>
          </dl>
        </section>
        <section aria-labelledby="notes" className="rounded-xl border border-calm-200 bg-white p-5">
          <h2 id="notes" className="mb-3 text-lg font-semibold">
            Medical notes
          </h2>
          <p className="whitespace-pre-line break-words">{record.medicalNotes ?? "None given."}</p>
        </section>
      </div>

      <section aria-labelledby="patient-chart">
        <h2 id="patient-chart" className="mb-3 text-xl font-semibold">
          Mood over the last 30 days
        </h2>
        <MoodChart days={stats.days} averageMood={stats.averageMood} rangeLabel="the last 30 days" headingId="patient-chart" />
      </section>

      <section id="tasks" aria-labelledby="pinned-heading" className="rounded-xl border border-calm-200 bg-white p-5">
        <h2 id="pinned-heading" className="mb-2 text-xl font-semibold">
          Pinned tasks
        </h2>
        <p className="mb-3 text-muted">A pinned task becomes the patient&apos;s task of the day when it suits their mood.</p>
        {query.pin && PIN_NOTICES[query.pin] && (
          <p role="status" className="mb-3 rounded-md bg-calm-100 px-3 py-2">
            {PIN_NOTICES[query.pin]}
          </p>
        )}
        {pinned.length === 0 ? (
          <p className="mb-3">No task is pinned for {record.firstName}.</p>
        ) : (
          <ul className="mb-4 flex flex-col gap-2">
            {pinned.map((task) => (
              <li key={task.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-calm-50 px-3 py-2">
                <span>
                  {task.title} <span className="text-sm text-muted">({BAND_LABELS[task.band]}, {task.durationMinutes} min)</span>
                </span>
                <form action={unpinTaskAction}>
                  <input type="hidden" name="patientId" value={record.id} />
                  <input type="hidden" name="taskId" value={task.id} />
                  <button type="submit" className="rounded-md border border-calm-600 px-3 py-1.5 text-sm font-medium text-calm-700">
                    Unpin<span className="sr-only"> {task.title}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        {unpinned.length > 0 && (
          <form action={pinTaskAction} className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <input type="hidden" name="patientId" value={record.id} />
            <div className="flex flex-1 flex-col gap-1">
              <label htmlFor="pin-task" className="font-medium">
                Pin a task for {record.firstName}
              </label>
              <select id="pin-task" name="taskId" className="w-full rounded-md border border-slate-400 bg-white px-3 py-2">
                {(["low", "middle", "high"] as const).map((band) => (
                  <optgroup key={band} label={BAND_LABELS[band]}>
                    {unpinned
                      .filter((task) => task.band === band)
                      .map((task) => (
                        <option key={task.id} value={task.id}>
                          {task.title} ({task.durationMinutes} min)
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800">
              Pin task
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="entries-heading" className="flex flex-col gap-3">
        <h2 id="entries-heading" className="text-xl font-semibold">
          Check-ins ({journal.total})
        </h2>
        {(query.replied || query.edited) && (
          <p role="status" className="rounded-md bg-calm-100 px-3 py-2">
            {query.replied ? "Reply sent. The entry is marked reviewed." : "Reply updated."}
          </p>
        )}
        {journal.entries.length === 0 && <p>No check-ins yet.</p>}
        {journal.entries.map((entry) => (
          <EntryWithReply
            key={entry.id}
            entry={journalCard(entry)}
            ownReply={entry.reply?.authorId === me.id ? { id: entry.reply.id, text: entry.reply.text } : null}
            patientId={record.id}
            patientName={name}
          />
        ))}
        <Pager
          page={journal.page}
          pageCount={journal.pageCount}
          label="Check-in pages"
          hrefFor={(page) => `/patients/${record.id}?page=${page}`}
        />
      </section>
    </section>
  );
}
