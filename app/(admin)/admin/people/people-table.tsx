import Link from "next/link";
import { Moment } from "@/components/moment";
import { personHref, ROLE_LABELS } from "@/lib/admin/people/people-query";
import type { PersonRow } from "@/lib/admin/people/search-people";
import { StatusBadge } from "./status-badge";

export type PeopleListProps = {
  people: PersonRow[];
  /** The reader's time zone, for when each account was made. */
  timeZone: string;
  /** What the list holds, e.g. "3 disabled patients, newest first". */
  label: string;
};

const cell = "border-b border-calm-100 px-3 py-3 align-top";

function NameLink({ person }: { person: PersonRow }) {
  return (
    <Link href={personHref(person.id)} className="font-medium text-calm-700 underline underline-offset-2 hover:text-calm-800">
      {person.firstName} {person.lastName}
    </Link>
  );
}

/**
 * The accounts as a table, from the small-tablet width up (phones get cards). The region is
 * `relative` so the screen-reader-only caption inside it cannot widen the page.
 */
export function PeopleTable({ people, timeZone, label }: PeopleListProps) {
  return (
    <div role="region" aria-labelledby="people-caption" tabIndex={0} className="relative hidden overflow-x-auto rounded-lg border border-calm-200 bg-white sm:block">
      <table className="w-full border-separate border-spacing-0 text-left text-sm">
        <caption id="people-caption" className="sr-only">
          {label}
        </caption>
        <thead className="whitespace-nowrap">
          <tr>
            <th scope="col" className={`${cell} font-semibold`}>Name</th>
            <th scope="col" className={`${cell} font-semibold`}>Email</th>
            <th scope="col" className={`${cell} font-semibold`}>Role</th>
            <th scope="col" className={`${cell} font-semibold`}>Status</th>
            <th scope="col" className={`${cell} font-semibold`}>Joined</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row" className={`${cell} min-w-32 font-normal`}>
                <NameLink person={person} />
              </th>
              <td className={`${cell} break-all`}>{person.email}</td>
              <td className={cell}>{ROLE_LABELS[person.role]}</td>
              <td className={cell}>
                <StatusBadge status={person.status} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <Moment at={person.createdAt} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The accounts on a phone: one card each, so nothing scrolls sideways. */
export function PeopleCards({ people, timeZone, label }: PeopleListProps) {
  return (
    <ul aria-label={label} className="flex flex-col gap-3 sm:hidden">
      {people.map((person) => (
        <li key={person.id} className="flex flex-col gap-2 rounded-lg border border-calm-200 bg-white p-4">
          <div className="flex items-start justify-between gap-3">
            <NameLink person={person} />
            <StatusBadge status={person.status} />
          </div>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted">Email</dt>
            <dd className="break-all">{person.email}</dd>
            <dt className="text-muted">Role</dt>
            <dd>{ROLE_LABELS[person.role]}</dd>
            <dt className="text-muted">Joined</dt>
            <dd>
              <Moment at={person.createdAt} timeZone={timeZone} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
