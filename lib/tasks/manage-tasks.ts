import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mindfulnessTasks, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import type { MoodBand } from "@/lib/moods/mood-band";
import type { TaskInput } from "./task-schema";

export type LibraryTask = {
  id: number;
  title: string;
  instructions: string;
  durationMinutes: number;
  moodBand: MoodBand;
  authorName: string | null;
  mine: boolean;
};

/** The active library as staff see it, the caller's own tasks first (bounded: the library is small). */
export async function staffLibrary(actor: Actor, limit = 500): Promise<LibraryTask[]> {
  const rows = await getDb()
    .select({
      id: mindfulnessTasks.id,
      title: mindfulnessTasks.title,
      instructions: mindfulnessTasks.instructions,
      durationMinutes: mindfulnessTasks.durationMinutes,
      moodBand: mindfulnessTasks.moodBand,
      createdBy: mindfulnessTasks.createdBy,
      authorFirst: users.firstName,
      authorLast: users.lastName,
    })
    .from(mindfulnessTasks)
    .leftJoin(users, eq(users.id, mindfulnessTasks.createdBy))
    .where(eq(mindfulnessTasks.active, true))
    .orderBy(desc(sql`${mindfulnessTasks.createdBy} <=> ${actor.id}`), asc(mindfulnessTasks.moodBand), asc(mindfulnessTasks.title))
    .limit(limit);
  return rows.map(({ createdBy, authorFirst, authorLast, ...task }) => ({
    ...task,
    authorName: authorFirst ? `${authorFirst} ${authorLast}` : null,
    mine: createdBy === actor.id,
  }));
}

/** Adds a task to the shared library, written by the caller. */
export async function createTask(author: Actor, input: TaskInput): Promise<number> {
  const [{ id }] = await getDb()
    .insert(mindfulnessTasks)
    .values({ ...input, createdBy: author.id })
    .$returningId();
  await recordAudit(author, { action: "task.create", targetType: "task", targetId: id });
  return id;
}

/** One of the caller's own tasks, for editing; null (audited) for anyone else's. */
export async function ownTask(author: Actor, taskId: number): Promise<TaskInput | null> {
  const [row] = await getDb()
    .select({
      title: mindfulnessTasks.title,
      instructions: mindfulnessTasks.instructions,
      durationMinutes: mindfulnessTasks.durationMinutes,
      moodBand: mindfulnessTasks.moodBand,
    })
    .from(mindfulnessTasks)
    .where(and(eq(mindfulnessTasks.id, taskId), eq(mindfulnessTasks.createdBy, author.id)))
    .limit(1);
  if (!row) await recordAudit(author, { action: "task.edit", outcome: "denied", targetType: "task", targetId: taskId });
  return row ?? null;
}

/** Changes one of the caller's own tasks; false (audited) for anyone else's. */
export async function updateOwnTask(author: Actor, taskId: number, input: TaskInput): Promise<boolean> {
  const [result] = await getDb()
    .update(mindfulnessTasks)
    .set(input)
    .where(and(eq(mindfulnessTasks.id, taskId), eq(mindfulnessTasks.createdBy, author.id)));
  const updated = result.affectedRows === 1;
  await recordAudit(author, { action: "task.edit", outcome: updated ? "allowed" : "denied", targetType: "task", targetId: taskId });
  return updated;
}
