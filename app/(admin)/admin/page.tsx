import type { Metadata } from "next";
import Link from "next/link";
import { accountCounts, pendingPsychiatrists } from "@/lib/accounts/account-summary";
import { requireRole } from "@/lib/auth/current-user";
import { emailsToRetry } from "@/lib/notifications/outbox-admin";
import { countText } from "@/lib/notifications/outbox-view";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const me = await requireRole("admin");
  const [counts, pending, toRetry] = await Promise.all([accountCounts(), pendingPsychiatrists(), emailsToRetry({ id: me.id })]);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold text-calm-800">Admin</h1>
      <h2 className="mb-2 text-xl font-semibold">Accounts</h2>
      <table className="mb-8 w-full border-collapse overflow-hidden rounded-lg bg-white text-left">
        <caption className="sr-only">Accounts by role and status</caption>
        <thead className="bg-calm-100">
          <tr>
            <th scope="col" className="px-3 py-2">Role</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2 text-right">Accounts</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={`${c.role}-${c.status}`} className="border-t border-calm-100">
              <td className="px-3 py-2 capitalize">{c.role}</td>
              <td className="px-3 py-2 capitalize">{c.status}</td>
              <td className="px-3 py-2 text-right tabular-nums">{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mb-2 text-xl font-semibold">Psychiatrists awaiting approval</h2>
      {pending.length === 0 ? (
        <p className="text-muted">Nobody is waiting.</p>
      ) : (
        <ul className="divide-y divide-calm-100 rounded-lg border border-calm-200 bg-white">
          {pending.map((p) => (
            <li key={p.id} className="px-4 py-3 wrap-break-word">
              {p.firstName} {p.lastName} · {p.email} · BACP {p.registrationNumber}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4 text-sm text-muted">
        Until the approvals screen is here, approve from the server with <code>npm run admin -- approve EMAIL</code>.
      </p>
      <h2 className="mt-8 mb-2 text-xl font-semibold">Email</h2>
      <p>
        <Link href="/admin/outbox" className="font-medium text-calm-700 underline">
          Email outbox ({countText(toRetry ?? 0)} failed or unsent)
        </Link>
      </p>
    </section>
  );
}
