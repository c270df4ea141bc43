import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "./client";
import { entryReplies, moodEntries, patients } from "./schema";

// Replies a psychiatrist might leave, written for the demo: short, warm, and never advice that
// belongs in an appointment.
export const REPLIES = [
  "Thank you for writing this down. I'm glad the walk helped, and I'll ask you about it when we speak.",
  "That sounds like a hard day. You did the right thing by checking in; I'm keeping an eye on how you are.",
  "Good to see a steadier week. Whatever you're doing with the breathing practice, it seems to be helping.",
  "Sleep has come up a few times now. Let's look at it together at your next appointment.",
  "I noticed you kept going with the mindfulness even on a low day. That takes real effort.",
  "Thanks for being honest about how this week has gone. Small steps count, and you're taking them.",
  "Lovely to read about the time with your family. Those moments are worth noticing.",
  "If the evenings stay this hard, please use the helplines on your Today page. I'll be in touch this week.",
];

/**
 * Gives the demo psychiatrists a believable history: everything older than `reviewedBefore` has
 * been reviewed by the patient's psychiatrist, about one entry in six with a reply, and the
 * recent days are left for the review queue.
 */
export async function seedReviews(db: Database, options: { reviewedBefore: string }): Promise<{ reviewed: number; replies: number }> {
  const older = lt(moodEntries.entryDate, options.reviewedBefore);
  // One statement for all: reviewed by the patient's psychiatrist on the evening of the entry.
  const [result] = await db.execute(sql`
    update ${moodEntries} join ${patients} on ${patients.userId} = ${moodEntries.patientId}
    set ${moodEntries.reviewedBy} = ${patients.psychiatristId},
        ${moodEntries.reviewedAt} = timestamp(${moodEntries.entryDate}, '21:00:00')
    where ${older}`);
  const chosen = await db
    .select({ id: moodEntries.id, date: moodEntries.entryDate, psychiatristId: patients.psychiatristId })
    .from(moodEntries)
    .innerJoin(patients, eq(patients.userId, moodEntries.patientId))
    .where(and(older, sql`${moodEntries.id} % 6 = 0`));
  if (chosen.length > 0) {
    await db.insert(entryReplies).values(
      chosen.map((entry, index) => ({
        entryId: entry.id,
        authorId: entry.psychiatristId,
        text: REPLIES[index % REPLIES.length],
        createdAt: new Date(`${entry.date}T21:00:00Z`),
      })),
    );
  }
  return { reviewed: (result as unknown as { affectedRows: number }).affectedRows, replies: chosen.length };
}
