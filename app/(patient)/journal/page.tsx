import type { Metadata } from "next";
import Link from "next/link";
import { CrisisPanel } from "@/components/crisis-panel";
import { JournalEntryCard } from "@/components/journal-entry";
import { Pager } from "@/components/pager";
import { requireRole } from "@/lib/auth/current-user";
import { journalPage } from "@/lib/moods/journal";
import { journalCard } from "@/lib/moods/journal-card";
import { crisisLines } from "@/lib/settings/crisis-lines";

export const metadata: Metadata = { title: "Journal" };

type Props = { searchParams: Promise<{ page?: string; edited?: string; unchanged?: string; deleted?: string; support?: string }> };

function noticeFor(params: Awaited<Props["searchParams"]>): string | null {
  if (params.edited) return "Your entry was updated. The earlier version is kept.";
  if (params.unchanged) return "Nothing was changed.";
  if (params.deleted) return "The entry was deleted.";
  return null;
}

export default async function JournalPage({ searchParams }: Props) {
  const me = await requireRole("patient");
  const params = await searchParams;
  const journal = await journalPage(me.id, Number(params.page ?? 1));
  const notice = noticeFor(params);

  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      {params.support && <CrisisPanel lines={await crisisLines()} />}
      <h1 className="text-3xl font-semibold text-calm-800">Your journal</h1>
      {notice && (
        <p role="status" className="rounded-md bg-calm-100 px-4 py-3">
          {notice}
        </p>
      )}
      {journal.total === 0 ? (
        <p className="rounded-xl border border-calm-200 bg-white p-5">
          Nothing here yet. <Link href="/today" className="font-medium text-calm-700 underline">Check in today</Link> and
          your days will gather here.
        </p>
      ) : (
        <>
          <p className="text-muted">
            {journal.total} check-in{journal.total === 1 ? "" : "s"}, newest first.
          </p>
          {journal.entries.map((entry) => (
            <JournalEntryCard key={entry.id} entry={journalCard(entry)} />
          ))}
          <Pager page={journal.page} pageCount={journal.pageCount} label="Journal pages" hrefFor={(page) => `/journal?page=${page}`} />
        </>
      )}
    </section>
  );
}
