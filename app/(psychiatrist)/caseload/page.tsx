import type { Metadata } from "next";
import { ownPatients } from "@/lib/accounts/own-patients";
import { requireRole } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Caseload" };

export default async function CaseloadPage() {
  const me = await requireRole("psychiatrist");
  const patients = await ownPatients(me.id);
  return (
    <section>
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Your caseload</h1>
      <p className="mb-6 text-muted">
        The caseload view with check-ins, trends and alerts arrives next. These are the patients assigned to you.
      </p>
      {patients.length === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">No patients are assigned to you yet.</p>
      ) : (
        <ul aria-label="Your patients" className="divide-y divide-calm-100 rounded-lg border border-calm-200 bg-white">
          {patients.map((p) => (
            <li key={p.id} className="px-4 py-3">
              {p.firstName} {p.lastName}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
