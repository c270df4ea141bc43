// A psychiatrist with a reply to their patient's check-in, for the data download, written
// through the app's own code as people-data.ts and test-data.ts do.
import { replyToEntry } from "../lib/review/replies";
import { TEST_PASSWORD } from "../lib/testing/accounts";
import { type FreshPsychiatrist, psychiatristWithPatients } from "./people-data";
import { addPastEntries } from "./test-data";

export type PsychiatristWithReply = FreshPsychiatrist & { password: string; replyText: string; patientId: number };

export async function psychiatristWithReply(lastName: string): Promise<PsychiatristWithReply> {
  const psychiatrist = await psychiatristWithPatients(lastName, 1);
  const patientId = psychiatrist.patients[0].userId;
  const [entryId] = await addPastEntries(patientId, [{ daysAgo: 1, mood: "Low", note: "A long day at work." }]);
  const replyText = "Thank you for writing. Let's talk about work on Thursday.";
  const reply = await replyToEntry({ id: psychiatrist.userId }, entryId, replyText);
  if (!reply.ok) throw new Error(`could not reply: ${reply.reason}`);
  return { ...psychiatrist, password: TEST_PASSWORD, replyText, patientId };
}
