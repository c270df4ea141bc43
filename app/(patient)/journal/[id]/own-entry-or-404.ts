import { notFound } from "next/navigation";
import { type JournalEntry, ownEntry } from "@/lib/moods/journal";
import { parseEntryId } from "@/lib/moods/entry-id";

/** The caller's own entry named in the URL; anyone else's (or none) is a 404, never a hint it exists. */
export async function ownEntryOr404(patientId: number, id: string): Promise<JournalEntry> {
  const entryId = parseEntryId(id);
  const entry = entryId === null ? null : await ownEntry(patientId, entryId);
  if (!entry) notFound();
  return entry;
}
