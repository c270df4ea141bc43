import { and, eq, isNotNull, max } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { dailyMessages, moodEntries } from "@/db/schema";
import { chooseMessage } from "./choose-message";

/** Today's message for one patient, by the rotation rule over the active library. */
export async function pickMessage(tx: Transaction, patientId: number): Promise<number | null> {
  const [active, shown] = await Promise.all([
    tx.select({ id: dailyMessages.id }).from(dailyMessages).where(eq(dailyMessages.active, true)),
    tx
      .select({ messageId: moodEntries.messageId, date: max(moodEntries.entryDate) })
      .from(moodEntries)
      .where(and(eq(moodEntries.patientId, patientId), isNotNull(moodEntries.messageId)))
      .groupBy(moodEntries.messageId),
  ]);
  return chooseMessage(
    active.map((m) => m.id),
    shown.map((s) => ({ messageId: s.messageId!, date: String(s.date) })),
  );
}
