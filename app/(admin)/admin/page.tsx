import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Moment } from "@/components/moment";
import { pendingApplications } from "@/lib/admin/approvals/pending-applications";
import { ACKNOWLEDGE_WINDOW_DAYS, serviceHealth } from "@/lib/admin/health/service-health";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { emailsToRetry } from "@/lib/notifications/outbox-admin";
import { countText } from "@/lib/notifications/outbox-view";
import { AccountsTable } from "./overview/accounts-table";
import { BacklogTable } from "./overview/backlog-table";
import { HealthFigures } from "./overview/health-figures";

export const metadata: Metadata = { title: "Admin" };

/** How many of the waiting applications the overview names; the approvals page has them all. */
const APPLICANTS_SHOWN = 5;

const sectionHeading = "mb-3 text-xl font-semibold";
const link = "font-medium text-calm-700 underline";

export default async function AdminPage() {
  const me = await requireRole("admin");
  const actor = { id: me.id, ip: await requestAddress() };
  const [health, pending, toRetry] = await Promise.all([serviceHealth(actor), pendingApplications(actor, APPLICANTS_SHOWN), emailsToRetry(actor)]);
  if (!health || !pending) forbidden();

  return (
    <section className="flex flex-col gap-8">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Admin</h1>
        <p className="text-muted">
          The service at a glance, as of <Moment at={health.asOf} timeZone={me.timezone} />.
        </p>
      </div>

      <section aria-labelledby="health-heading">
        <h2 id="health-heading" className={sectionHeading}>
          Service health
        </h2>
        <HealthFigures health={health} windowDays={ACKNOWLEDGE_WINDOW_DAYS} />
      </section>

      <section aria-labelledby="backlog-heading">
        <h2 id="backlog-heading" className={sectionHeading}>
          Unreviewed check-ins by psychiatrist
        </h2>
        <BacklogTable backlog={health.backlog} />
      </section>

      <section aria-labelledby="approvals-heading">
        <h2 id="approvals-heading" className={sectionHeading}>
          Psychiatrists awaiting approval
        </h2>
        {pending.total === 0 ? (
          <p className="text-muted">Nobody is waiting.</p>
        ) : (
          <>
            <ul className="mb-3 divide-y divide-calm-100 rounded-lg border border-calm-200 bg-white">
              {pending.applications.map((p) => (
                <li key={p.id} className="px-4 py-3 wrap-break-word">
                  {p.firstName} {p.lastName} · {p.email} · BACP {p.registrationNumber}
                </li>
              ))}
            </ul>
            {pending.total > pending.applications.length && <p className="mb-2 text-muted">and {pending.total - pending.applications.length} more.</p>}
          </>
        )}
        <p>
          <Link href="/admin/approvals" className={link}>
            Approvals ({pending.total} waiting)
          </Link>
        </p>
      </section>

      <section aria-labelledby="email-heading">
        <h2 id="email-heading" className={sectionHeading}>
          Email
        </h2>
        <p>
          <Link href="/admin/outbox" className={link}>
            Email outbox ({countText(toRetry ?? 0)} failed or unsent)
          </Link>
        </p>
      </section>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className={sectionHeading}>
          Accounts
        </h2>
        <AccountsTable counts={health.accounts} />
      </section>
    </section>
  );
}
