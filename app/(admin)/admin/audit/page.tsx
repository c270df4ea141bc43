import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AUDIT_PAGE_SIZE } from "@/lib/admin/audit/audit-filter";
import { auditTrailPage } from "@/lib/admin/audit/audit-trail";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { AuditFilterFormView } from "./audit-filter-form";
import { AuditPager } from "./audit-pager";
import { AuditCards } from "./audit-cards";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const view = await auditTrailPage({ id: me.id, ip }, params, me.timezone);
  if (!view) forbidden();
  const invalid = Object.keys(view.fieldErrors).length > 0;
  const label = `Audit trail, newest first: ${view.rows.length} row${view.rows.length === 1 ? "" : "s"}`;

  return (
    <section className="flex flex-col gap-5">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Audit trail</h1>
        <p className="text-muted">
          Who did what to whom, and when: every read of a patient&apos;s record by staff, every admin change, and every refused attempt. Your
          own visits are in it too.
        </p>
      </div>
      <AuditFilterFormView form={view.form} fieldErrors={view.fieldErrors} actions={view.actions} timeZone={view.timeZone} />
      {invalid ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">Correct the filter above to see the trail.</p>
      ) : view.rows.length === 0 ? (
        <p className="rounded-lg border border-calm-200 bg-white p-6">Nothing in the trail matches this filter.</p>
      ) : (
        <>
          <p className="text-muted">Newest first, {AUDIT_PAGE_SIZE} a page. Times are in your time zone.</p>
          <AuditTable rows={view.rows} timeZone={view.timeZone} label={label} />
          <AuditCards rows={view.rows} timeZone={view.timeZone} label={label} />
        </>
      )}
      <AuditPager newerHref={view.newerHref} olderHref={view.olderHref} newestHref={view.newestHref} />
    </section>
  );
}
