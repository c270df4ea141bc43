import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import type { LocalDate } from "@/lib/moods/local-date";
import { emailKeys } from "./email-keys";

/** A patient who checks in while today's reminder still waits to be sent does not get it. */
export async function cancelReminder(tx: Transaction, patientId: number, day: LocalDate): Promise<void> {
  await tx
    .update(emailOutbox)
    .set({ status: "cancelled", nextAttemptAt: null })
    .where(and(eq(emailOutbox.dedupeKey, emailKeys.reminder(patientId, day)), eq(emailOutbox.status, "pending")));
}
