import type { AccountCounts } from "@/lib/admin/health/account-counts";

const cell = "px-3 py-2";

/** How many accounts there are of each role and status. */
export function AccountsTable({ counts }: { counts: AccountCounts }) {
  return (
    <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left">
      <caption className="sr-only">Accounts by role and status</caption>
      <thead className="bg-calm-100">
        <tr>
          <th scope="col" className={cell}>
            Role
          </th>
          <th scope="col" className={cell}>
            Status
          </th>
          <th scope="col" className={`${cell} text-right`}>
            Accounts
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={`${c.role}-${c.status}`} className="border-t border-calm-100">
            <td className={`${cell} capitalize`}>{c.role}</td>
            <td className={`${cell} capitalize`}>{c.status}</td>
            <td className={`${cell} text-right tabular-nums`}>{c.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
