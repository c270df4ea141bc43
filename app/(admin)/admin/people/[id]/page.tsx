import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Moment } from "@/components/moment";
import { choosePsychiatrist } from "@/lib/accounts/choose-psychiatrist";
import { caseloadOverview, type PsychiatristCaseload } from "@/lib/admin/people/caseload-overview";
import { consequences } from "@/lib/admin/people/change-consequences";
import { changesFor, confirmFrom, confirmHref, type ConfirmedChange } from "@/lib/admin/people/person-actions";
import { type PersonDetails, personDetails } from "@/lib/admin/people/person-details";
import { personHref, ROLE_LABELS } from "@/lib/admin/people/people-query";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import type { LocalDate } from "@/lib/moods/local-date";
import { PeopleNotice } from "../people-notice";
import { StatusBadge } from "../status-badge";
import { ConfirmChange } from "./confirm-change";
import { type MoveChoice, MoveForm } from "./move-form";

export const metadata: Metadata = { title: "Account" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const day = (date: LocalDate) => <time dateTime={date}>{dayFormat.format(new Date(`${date}T00:00:00Z`))}</time>;
const patientsText = (n: number) => `${n} patient${n === 1 ? "" : "s"}`;

const LINK_LABELS: Record<ConfirmedChange, string> = { disable: "Disable account", enable: "Enable account", remove: "Remove account" };

const facts = "grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 rounded-xl border border-calm-200 bg-white p-4 sm:p-5";

/** The psychiatrists a patient can be moved to, each with their caseload, and whom the rule would pick. */
function moveChoices(caseloads: PsychiatristCaseload[], currentId: number): { choices: MoveChoice[]; hint: string } {
  const others = caseloads.filter((c) => c.id !== currentId);
  const choices = others.map((c) => ({
    id: c.id,
    label: `${c.firstName} ${c.lastName} (${patientsText(c.patients)}${c.accepting ? "" : ", not accepting new patients"})`,
  }));
  const pick = choosePsychiatrist(others.filter((c) => c.accepting).map((c) => ({ userId: c.id, patientCount: c.patients, approvedAt: c.approvedAt ?? new Date(0) })));
  const chosen = others.find((c) => c.id === pick?.userId);
  const rule = chosen ? ` The assignment rule would choose ${chosen.firstName} ${chosen.lastName}.` : "";
  return { choices, hint: `Active psychiatrists, with the patients each has now.${rule}` };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const me = await requireRole("admin");
  const [{ id }, query, ip] = await Promise.all([params, searchParams, requestAddress()]);
  const actor = { id: me.id, ip };
  const userId = parseId(id);
  const person = userId === null ? null : await personDetails(actor, userId);
  if (!person) notFound();
  // Admins have no patients to move or spread: the overview is only needed for the others.
  const caseloads = person.role === "admin" ? [] : ((await caseloadOverview(actor)) ?? []);
  const name = `${person.firstName} ${person.lastName}`;
  const offered = changesFor(person);
  const confirm = confirmFrom(query.confirm, person);
  const takers = caseloads.filter((c) => c.accepting && c.id !== person.id).length;

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5">
      <div>
        <p className="mb-1">
          <Link href="/admin/people" className="font-medium text-calm-700 underline">
            ← People
          </Link>
        </p>
        <h1 className="text-2xl font-semibold break-words text-calm-800 sm:text-3xl">{name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <span className="font-medium">{ROLE_LABELS[person.role]}</span>
          <StatusBadge status={person.status} />
          {person.id === me.id && <span className="text-muted">(you)</span>}
        </p>
      </div>
      <PeopleNotice notice={query.notice} moved={query.moved} />
      {confirm && <ConfirmChange change={confirm} userId={person.id} name={name} consequences={consequences(confirm, person, { self: person.id === me.id, takers })} />}

      <AccountFacts person={person} timeZone={me.timezone} />

      {!confirm && (
        <>
          {offered.move && person.patient && (
            <section aria-labelledby="move-heading" className="flex flex-col gap-3">
              <h2 id="move-heading" className="text-xl font-semibold">
                Move to another psychiatrist
              </h2>
              {caseloads.some((c) => c.id !== person.patient!.psychiatrist.id) ? (
                <MoveForm patientId={person.id} {...moveChoices(caseloads, person.patient.psychiatrist.id)} />
              ) : (
                <p className="text-muted">No other psychiatrist is active to move them to.</p>
              )}
            </section>
          )}
          <section aria-labelledby="changes-heading" className="flex flex-col gap-3">
            <h2 id="changes-heading" className="text-xl font-semibold">
              Account
            </h2>
            <p className="text-muted">Each asks you to confirm, saying what will happen, before anything changes.</p>
            <ul className="flex flex-wrap gap-3">
              {offered.confirmed.map((change) => (
                <li key={change}>
                  <Link
                    href={confirmHref(person.id, change)}
                    className={`inline-block rounded-md border px-4 py-2 font-semibold hover:bg-calm-100 ${change === "enable" ? "border-calm-700 text-calm-700" : "border-warn text-warn"}`}
                  >
                    {LINK_LABELS[change]}…
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}

function AccountFacts({ person, timeZone }: { person: PersonDetails; timeZone: string }) {
  const { patient, psychiatrist } = person;
  return (
    <>
      <dl className={facts}>
        <dt className="text-muted">Email</dt>
        <dd className="break-all">{person.email}</dd>
        <dt className="text-muted">Phone</dt>
        <dd>{person.phone}</dd>
        <dt className="text-muted">Time zone</dt>
        <dd>{person.timezone.replaceAll("_", " ")}</dd>
        <dt className="text-muted">Joined</dt>
        <dd>
          <Moment at={person.createdAt} timeZone={timeZone} />
        </dd>
      </dl>
      {patient && (
        <section aria-labelledby="care-heading" className="flex flex-col gap-2">
          <h2 id="care-heading" className="text-xl font-semibold">
            Care
          </h2>
          <dl className={facts}>
            <dt className="text-muted">Psychiatrist</dt>
            <dd>
              <Link href={personHref(patient.psychiatrist.id)} className="font-medium text-calm-700 underline underline-offset-2">
                {patient.psychiatrist.firstName} {patient.psychiatrist.lastName}
              </Link>
            </dd>
            <dt className="text-muted">With them since</dt>
            <dd>
              <Moment at={patient.assignedAt} timeZone={timeZone} />
            </dd>
            <dt className="text-muted">Check-ins</dt>
            <dd className="tabular-nums">{patient.entries}</dd>
            <dt className="text-muted">Last check-in</dt>
            <dd>{patient.lastCheckIn ? day(patient.lastCheckIn) : "Never"}</dd>
          </dl>
        </section>
      )}
      {psychiatrist && (
        <section aria-labelledby="practice-heading" className="flex flex-col gap-2">
          <h2 id="practice-heading" className="text-xl font-semibold">
            Practice
          </h2>
          <dl className={facts}>
            <dt className="text-muted">BACP number</dt>
            <dd>{psychiatrist.registrationNumber}</dd>
            <dt className="text-muted">Approved</dt>
            <dd>{psychiatrist.approvedAt ? <Moment at={psychiatrist.approvedAt} timeZone={timeZone} /> : "Not yet"}</dd>
            <dt className="text-muted">New patients</dt>
            <dd>{psychiatrist.accepting ? "Accepting" : "Not accepting"}</dd>
            <dt className="text-muted">Patients</dt>
            <dd>
              <Link href="/admin/people/caseloads" className="font-medium text-calm-700 underline underline-offset-2">
                {patientsText(psychiatrist.patients)}
              </Link>
            </dd>
          </dl>
        </section>
      )}
    </>
  );
}
