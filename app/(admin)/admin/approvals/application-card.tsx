import { Moment } from "@/components/moment";
import { displayPhone } from "@/lib/admin/approvals/display-phone";
import type { Application } from "@/lib/admin/approvals/pending-applications";
import { approveApplicationAction } from "./actions";
import { RejectForm } from "./reject-form";

/** One application: who they are, how to reach them, their BACP number and bio, and the two decisions. */
export function ApplicationCard({ application, timeZone }: { application: Application; timeZone: string }) {
  const name = `${application.firstName} ${application.lastName}`;
  const headingId = `application-${application.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="text-xl font-semibold wrap-break-word">
        {name}
      </h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="text-sm text-muted">Email</dt>
        <dd className="break-all">
          <a href={`mailto:${application.email}`} className="text-calm-700 underline">
            {application.email}
          </a>
        </dd>
        <dt className="text-sm text-muted">Phone</dt>
        <dd>
          <a href={`tel:${application.phone}`} className="text-calm-700 underline">
            {displayPhone(application.phone)}
          </a>
        </dd>
        <dt className="text-sm text-muted">BACP membership number</dt>
        <dd className="tabular-nums">{application.registrationNumber}</dd>
        <dt className="text-sm text-muted">Applied</dt>
        <dd>
          <Moment at={application.appliedAt} timeZone={timeZone} />
        </dd>
      </dl>
      <div className="rounded-lg bg-calm-50 px-4 py-3">
        <h3 className="text-sm font-semibold text-calm-800">Bio</h3>
        <p className="mt-1 whitespace-pre-line wrap-break-word">{application.bio}</p>
      </div>
      <div className="flex flex-col gap-5 border-t border-calm-100 pt-4">
        <form action={approveApplicationAction}>
          <input type="hidden" name="userId" value={application.id} />
          <button type="submit" className="w-full rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800 sm:w-auto">
            Approve<span className="sr-only"> {name}</span>
          </button>
        </form>
        <RejectForm userId={application.id} applicantName={name} />
      </div>
    </article>
  );
}
