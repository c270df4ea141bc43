// The task and message libraries as the admin library spec leaves them: everything it added goes,
// everything it deactivated comes back, whatever point a failing test stopped at, so the specs
// that follow find the seeded library as it was.
import { eq, inArray, like } from "drizzle-orm";
import { getDb } from "../db/client";
import { dailyMessages, mindfulnessTasks } from "../db/schema";

/** A seeded message, found by its words; every demo patient has been shown each of them. */
export async function seededMessageId(text: string): Promise<number> {
  const [row] = await getDb().select({ id: dailyMessages.id }).from(dailyMessages).where(eq(dailyMessages.text, text));
  if (!row) throw new Error(`no seeded message "${text}"`);
  return row.id;
}

/** Deletes the tasks and messages a test added: their words carry its `marker`, and nobody was given them. */
export async function removeAdded(marker: string): Promise<void> {
  await getDb().delete(mindfulnessTasks).where(like(mindfulnessTasks.title, `%${marker}%`));
  await getDb().delete(dailyMessages).where(like(dailyMessages.text, `%${marker}%`));
}

/** Makes these seeded messages active again, as every other spec expects them. */
export async function reactivateMessages(ids: readonly number[]): Promise<void> {
  await getDb().update(dailyMessages).set({ active: true }).where(inArray(dailyMessages.id, [...ids]));
}
