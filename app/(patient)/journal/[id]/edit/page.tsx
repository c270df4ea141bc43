import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/components/check-in-form";
import { requireRole } from "@/lib/auth/current-user";
import { formatDay } from "@/lib/moods/local-date";
import { editEntryAction } from "../../actions";
import { ownEntryOr404 } from "../own-entry-or-404";

export const metadata: Metadata = { title: "Edit an entry" };

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("patient");
  const entry = await ownEntryOr404(me.id, (await params).id);
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="mb-1 text-3xl font-semibold text-calm-800">Edit {formatDay(entry.date)}</h1>
      <p className="mb-6 text-muted">Your psychiatrist will see that the entry was changed; the earlier version is kept.</p>
      <CheckInForm
        action={editEntryAction}
        entryId={entry.id}
        legend={`How did you feel on ${formatDay(entry.date)}?`}
        submitLabel="Save changes"
        day="that day"
        values={{ mood: entry.mood, note: entry.note ?? "", minutes: entry.minutes }}
      />
      <p className="mt-4">
        <Link href="/journal" className="font-medium text-calm-700 underline">
          Back to the journal without changes
        </Link>
      </p>
    </section>
  );
}
