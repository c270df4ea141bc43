import type { Metadata } from "next";
import Link from "next/link";
import { JournalEntryCard } from "@/components/journal-entry";
import { requireRole } from "@/lib/auth/current-user";
import { journalCard } from "@/lib/moods/journal-card";
import { deleteEntryAction } from "../../actions";
import { ownEntryOr404 } from "../own-entry-or-404";

export const metadata: Metadata = { title: "Delete an entry" };

export default async function DeleteEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireRole("patient");
  const entry = await ownEntryOr404(me.id, (await params).id);
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-semibold text-calm-800">Delete this entry?</h1>
      <p>It will be gone from your journal and your charts, and your psychiatrist will no longer see it. This cannot be undone.</p>
      <JournalEntryCard entry={journalCard(entry)} actions={false} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <form action={deleteEntryAction}>
          <input type="hidden" name="entryId" value={entry.id} />
          <button type="submit" className="w-full rounded-md bg-warn px-4 py-3 font-semibold text-white sm:w-auto">
            Yes, delete it
          </button>
        </form>
        <Link href="/journal" className="rounded-md border border-calm-700 px-4 py-3 text-center font-semibold text-calm-700">
          No, keep it
        </Link>
      </div>
    </section>
  );
}
