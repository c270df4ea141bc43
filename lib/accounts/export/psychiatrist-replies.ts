import { asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { entryReplies, moodEntries } from "@/db/schema";
import type { ExportWrittenReply } from "./export-types";

/**
 * Every reply this psychiatrist wrote, oldest first. The patient is named by id only: the reply
 * is the psychiatrist's own writing, the patient's name and note are not theirs to take away.
 */
export async function repliesWrittenBy(tx: Transaction, psychiatristId: number): Promise<ExportWrittenReply[]> {
  return tx
    .select({
      text: entryReplies.text,
      writtenAt: entryReplies.createdAt,
      editedAt: entryReplies.editedAt,
      entryDate: moodEntries.entryDate,
      patientId: moodEntries.patientId,
    })
    .from(entryReplies)
    .innerJoin(moodEntries, eq(moodEntries.id, entryReplies.entryId))
    .where(eq(entryReplies.authorId, psychiatristId))
    .orderBy(asc(entryReplies.createdAt), asc(entryReplies.id));
}
