import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { pendingApplications } from "@/lib/admin/approvals/pending-applications";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { ApplicationCard } from "./application-card";
import { DecisionNotice } from "./decision-notice";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<{ decision?: string }> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const pending = await pendingApplications({ id: me.id, ip });
  if (!pending) forbidden();
  const { applications, total } = pending;

  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-5">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Approvals</h1>
        <p className="text-muted">
          Psychiatrists who have applied to join. Check their BACP membership before approving: once approved they can see patients, and new
          patients are assigned to them. A rejected applicant is emailed your reason and can apply again.
        </p>
      </div>
      <DecisionNotice value={params.decision} />
      {total === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">Nobody is waiting for approval.</p>
      ) : (
        <>
          <p className="text-muted">
            {total} application{total === 1 ? "" : "s"} waiting, oldest first.
            {total > applications.length && ` Showing the first ${applications.length}; decide on these to see the rest.`}
          </p>
          <ul aria-label="Applications waiting" className="flex flex-col gap-4">
            {applications.map((application) => (
              <li key={application.id}>
                <ApplicationCard application={application} timeZone={me.timezone} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
