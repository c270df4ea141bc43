import type { PsychiatristBacklog } from "@/lib/admin/health/unreviewed-by-psychiatrist";

const cell = "border-b border-calm-100 px-2 py-2 sm:px-3";

/** Each active psychiatrist's caseload and unreviewed check-ins, in a box that scrolls on its own on a phone. */
export function BacklogTable({ backlog }: { backlog: { rows: PsychiatristBacklog[]; more: boolean } }) {
  if (backlog.rows.length === 0) return <p className="text-muted">No psychiatrist is active yet.</p>;
  return (
    <>
      <div role="region" aria-labelledby="backlog-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-calm-200 bg-white">
        <table className="w-full border-separate border-spacing-0 text-left text-sm sm:text-base">
          <caption id="backlog-caption" className="sr-only">
            Unreviewed check-ins by psychiatrist, the most first
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} font-semibold`}>
                Psychiatrist
              </th>
              <th scope="col" className={`${cell} text-right font-semibold`}>
                Patients
              </th>
              <th scope="col" className={`${cell} text-right font-semibold`}>
                Unreviewed
              </th>
            </tr>
          </thead>
          <tbody>
            {backlog.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${cell} font-normal wrap-anywhere`}>
                  {row.name}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{row.patients}</td>
                <td className={`${cell} text-right tabular-nums`}>{row.unreviewed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {backlog.more && <p className="mt-2 text-sm text-muted">Showing the {backlog.rows.length} psychiatrists with the most waiting.</p>}
    </>
  );
}
