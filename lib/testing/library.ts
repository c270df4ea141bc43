// Builders for tests: mindfulness tasks and daily messages inserted directly.
import { getDb } from "@/db/client";
import { dailyMessages, mindfulnessTasks } from "@/db/schema";
import type { MoodBand } from "@/lib/moods/mood-band";

export async function createTask(band: MoodBand, title = `A ${band} task`): Promise<number> {
  const [{ id }] = await getDb()
    .insert(mindfulnessTasks)
    .values({ title, instructions: "Breathe in for four, out for six.", durationMinutes: 5, moodBand: band })
    .$returningId();
  return id;
}

export async function createMessage(text = "Small steps still move you forward."): Promise<number> {
  const [{ id }] = await getDb().insert(dailyMessages).values({ text }).$returningId();
  return id;
}
