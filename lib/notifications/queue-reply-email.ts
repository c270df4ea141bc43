import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { moodEntries, users } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { emailKeys } from "./email-keys";
import { queueEmail } from "./outbox";
import { replyEmail } from "./templates/reply-email";

/** Tells the patient about a new reply, in the reply's own transaction; an edit sends nothing more. */
export async function queueReplyEmail(tx: Transaction, psychiatrist: Actor, replyId: number, entryId: number): Promise<void> {
  const [entry] = await tx
    .select({ patientId: users.id, email: users.email, firstName: users.firstName, entryDate: moodEntries.entryDate })
    .from(moodEntries)
    .innerJoin(users, eq(users.id, moodEntries.patientId))
    .where(eq(moodEntries.id, entryId));
  const [author] = await tx.select({ firstName: users.firstName, lastName: users.lastName }).from(users).where(eq(users.id, psychiatrist.id));
  if (!entry || !author) return;
  const email = replyEmail({ firstName: entry.firstName, psychiatristName: `${author.firstName} ${author.lastName}`, entryDate: entry.entryDate });
  await queueEmail(tx, { dedupeKey: emailKeys.reply(replyId), kind: "reply", userId: entry.patientId, to: entry.email, ...email });
}
