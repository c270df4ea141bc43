import type { Metadata } from "next";
import { DATA_FILE, ENTRIES_FILE } from "@/lib/accounts/export/account-download";
import { requireUser } from "@/lib/auth/current-user";
import { WhatIsInIt } from "./what-is-in-it";
import { BackToAccount } from "@/components/back-to-account";

export const metadata: Metadata = { title: "Download your data" };

const KEEP_SAFE = {
  patient: "It holds your medical notes and how you have felt each day",
  psychiatrist: "It holds what you wrote to your patients",
  admin: "It holds your contact details",
} as const;

export default async function AccountDataPage() {
  const me = await requireUser();
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold text-calm-800">Download your data</h1>
        <p className="text-lg">A copy of everything MiWell holds about you, for you to keep, whenever you like.</p>
      </div>

      <FileSection
        id="json-heading"
        heading="All your data"
        format="JSON, a format other services and programs can read"
        href={`/account/data/${DATA_FILE}`}
        label="Download all your data (JSON)"
      >
        <WhatIsInIt role={me.role} />
      </FileSection>

      {me.role === "patient" && (
        <FileSection
          id="csv-heading"
          heading="Your check-ins as a spreadsheet"
          format="CSV, which Excel, Numbers and Google Sheets open"
          href={`/account/data/${ENTRIES_FILE}`}
          label="Download your check-ins (CSV)"
        >
          <p>
            One row for each day you checked in: your mood as a number and a word, your note, your minutes of mindfulness,
            the task and message you were shown, how many times you edited it, and your psychiatrist&apos;s reply.
          </p>
        </FileSection>
      )}

      <div className="flex flex-col gap-2 text-muted">
        <p>Times are in UTC, written like 2026-06-10T09:30:00.000Z. Each download is recorded in the audit trail.</p>
        <p>
          {KEEP_SAFE[me.role]}: keep the file somewhere safe, and on a shared computer delete it from your downloads when
          you are done.
        </p>
      </div>

      <BackToAccount />
    </section>
  );
}

function FileSection({
  id,
  heading,
  format,
  href,
  label,
  children,
}: {
  id: string;
  heading: string;
  format: string;
  href: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-xl border border-calm-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="text-sm text-muted">{format}</p>
      {children}
      {/* A plain link, not next/link: the file is an attachment the browser saves, not a page to route to. */}
      <a href={href} className="self-start rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800">
        {label}
      </a>
    </section>
  );
}
