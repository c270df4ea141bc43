import { desc, eq, like, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mindfulnessTasks, users } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import type { MoodBand } from "@/lib/moods/mood-band";
import { taskSchema } from "@/lib/tasks/task-schema";
import { type ActiveResult, type DeleteResult, deleteUnusedItem, setItemActive } from "./item-state";
import { type LibraryItemState, type LibraryPage, pageWithin, resolveView, statusCounts, viewCondition } from "./library-list";
import { saveLibraryItem, type SaveResult } from "./library-save";
import { containsPattern, LIBRARY_PAGE_SIZE, type LibraryView } from "./library-view";
import { hasBeenGiven, usageOf } from "./usage-counts";

// The admin's side of the mindfulness task library. Every function asks the users table first
// whether the caller is an active admin; the page's own role check is never the only one.

export type AdminTask = LibraryItemState & {
  title: string;
  instructions: string;
  durationMinutes: number;
  moodBand: MoodBand;
  /** The psychiatrist or admin who wrote it; null for the charity's starter tasks. */
  authorName: string | null;
};

const TASK = {
  id: mindfulnessTasks.id,
  title: mindfulnessTasks.title,
  instructions: mindfulnessTasks.instructions,
  durationMinutes: mindfulnessTasks.durationMinutes,
  moodBand: mindfulnessTasks.moodBand,
  active: mindfulnessTasks.active,
  authorFirst: users.firstName,
  authorLast: users.lastName,
};

const selectTasks = () => getDb().select(TASK).from(mindfulnessTasks).leftJoin(users, eq(users.id, mindfulnessTasks.createdBy));

type TaskRow = Awaited<ReturnType<typeof selectTasks>>[number];

async function withUsage(rows: TaskRow[]): Promise<AdminTask[]> {
  const usage = await usageOf(getDb(), "task", rows.map((r) => r.id));
  return rows.map(({ authorFirst, authorLast, ...task }) => {
    const used = usage.get(task.id)!;
    return { ...task, authorName: authorFirst ? `${authorFirst} ${authorLast}` : null, usage: used, deletable: !hasBeenGiven(used) };
  });
}

/** One page of the library, newest first, filtered by status and a search of titles and instructions. */
export async function listLibraryTasks(admin: Actor, asked: Partial<LibraryView> = {}): Promise<LibraryPage<AdminTask> | null> {
  if (!(await adminOrAudited(admin, { action: "task.list", targetType: "task" }))) return null;
  const view = resolveView(asked);
  const pattern = containsPattern(view.search);
  const search = view.search ? or(like(mindfulnessTasks.title, pattern), like(mindfulnessTasks.instructions, pattern)) : undefined;
  const counts = await statusCounts("task", search);
  const total = counts[view.status];
  const { page, pageCount, offset } = pageWithin(total, view.page);
  const rows =
    total === 0
      ? []
      : await selectTasks().where(viewCondition("task", view, search)).orderBy(desc(mindfulnessTasks.id)).limit(LIBRARY_PAGE_SIZE).offset(offset);
  return { items: await withUsage(rows), view: { ...view, page }, pageCount, total, counts };
}

/** One task with its usage, for its edit and delete pages; null when there is none (or refused). */
export async function libraryTask(admin: Actor, taskId: number): Promise<AdminTask | null> {
  if (!(await adminOrAudited(admin, { action: "task.view", targetType: "task", targetId: taskId }))) return null;
  const rows = await selectTasks().where(eq(mindfulnessTasks.id, taskId)).limit(1);
  return (await withUsage(rows))[0] ?? null;
}

/** Adds a task, written by the admin, from the task form's fields. */
export function createLibraryTask(admin: Actor, input: unknown): Promise<SaveResult> {
  return saveLibraryItem({
    admin,
    kind: "task",
    id: null,
    schema: taskSchema,
    input,
    write: async (tx, task) => {
      const [{ id }] = await tx
        .insert(mindfulnessTasks)
        .values({ ...task, createdBy: admin.id })
        .$returningId();
      return id;
    },
  });
}

/**
 * Changes any task, whoever wrote it. Patients who were given it see its new words in their
 * history too: the edit page says how many.
 */
export function updateLibraryTask(admin: Actor, taskId: number, input: unknown): Promise<SaveResult> {
  return saveLibraryItem({
    admin,
    kind: "task",
    id: taskId,
    schema: taskSchema,
    input,
    write: async (tx, task) => {
      const [result] = await tx.update(mindfulnessTasks).set(task).where(eq(mindfulnessTasks.id, taskId));
      return result.affectedRows === 1 ? taskId : null;
    },
  });
}

/** Patients are not given the task again; where they were shown it, it still reads. */
export const deactivateTask = (admin: Actor, taskId: number): Promise<ActiveResult> => setItemActive(admin, "task", taskId, false);

export const reactivateTask = (admin: Actor, taskId: number): Promise<ActiveResult> => setItemActive(admin, "task", taskId, true);

/** Deletes a task no patient was ever shown or had pinned; "shown" otherwise. */
export const deleteTask = (admin: Actor, taskId: number): Promise<DeleteResult> => deleteUnusedItem(admin, "task", taskId);
