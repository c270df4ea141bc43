import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Moment } from "@/components/moment";
import { acceptingSpread, caseloadOverview, type PsychiatristCaseload } from "@/lib/admin/people/caseload-overview";
import { personHref } from "@/lib/admin/people/people-query";
import { requireRole } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Caseloads" };

// Narrow padding and wrapping headings keep the four columns inside a phone's width.
const cell = "border-b border-calm-100 px-2 py-3 align-top first:pl-3 last:pr-3 sm:px-3";
const patientsText = (n: number) => `${n} patient${n === 1 ? "" : "s"}`;

export default async function CaseloadsPage() {
  const me = await requireRole("admin");
  const approved = (row: PsychiatristCaseload) => (row.approvedAt ? <Moment at={row.approvedAt} timeZone={me.timezone} /> : "–");
  const rows = await caseloadOverview({ id: me.id });
  if (!rows) forbidden();
  const total = rows.reduce((sum, r) => sum + r.patients, 0);
  const spread = acceptingSpread(rows);

  return (
    <section className="flex flex-col gap-5">
      <div>
        <p className="mb-1">
          <Link href="/admin/people" className="font-medium text-calm-700 underline">
            ← People
          </Link>
        </p>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Caseloads</h1>
        <p className="text-muted">
          Each new patient goes to the psychiatrist accepting new patients who has the fewest (on a tie, the one approved first), so their
          caseloads stay within one of each other. A psychiatrist who is disabled or removed has their patients spread the same way.
        </p>
      </div>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">No psychiatrist is active yet.</p>
      ) : (
        <>
          <p className="text-muted">
            {patientsText(total)} with {rows.length} active psychiatrist{rows.length === 1 ? "" : "s"}.{" "}
            {spread
              ? `Among those accepting new patients, the fewest is ${spread.fewest} and the most ${spread.most}.`
              : "None is accepting new patients: new patients cannot register."}
          </p>
          <div role="region" aria-labelledby="caseloads-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-calm-200 bg-white">
            <table className="w-full border-separate border-spacing-0 text-left text-sm">
              <caption id="caseloads-caption" className="sr-only">
                Patients per active psychiatrist, by name
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={`${cell} font-semibold`}>Psychiatrist</th>
                  <th scope="col" className={`${cell} text-right font-semibold`}>Patients</th>
                  <th scope="col" className={`${cell} font-semibold`}>New patients</th>
                  {/* On a phone the date goes under the name, so the table fits the width. */}
                  <th scope="col" className={`${cell} hidden font-semibold sm:table-cell`}>Approved</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link href={personHref(row.id)} className="font-medium text-calm-700 underline underline-offset-2 hover:text-calm-800">
                        {row.firstName} {row.lastName}
                      </Link>
                      <span className="mt-1 block text-xs text-muted sm:hidden">Approved {approved(row)}</span>
                    </th>
                    <td className={`${cell} text-right tabular-nums`}>{row.patients}</td>
                    <td className={cell}>{row.accepting ? "Accepting" : <span className="font-semibold">Not accepting</span>}</td>
                    <td className={`${cell} hidden sm:table-cell`}>{approved(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
