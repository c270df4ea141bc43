import { desc, eq, like } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dailyMessages } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { messageSchema } from "@/lib/messages/message-schema";
import { type ActiveResult, type DeleteResult, deleteUnusedItem, setItemActive } from "./item-state";
import { type LibraryItemState, type LibraryPage, pageWithin, resolveView, statusCounts, viewCondition } from "./library-list";
import { saveLibraryItem, type SaveResult } from "./library-save";
import { containsPattern, LIBRARY_PAGE_SIZE, type LibraryView } from "./library-view";
import { hasBeenGiven, usageOf } from "./usage-counts";

// The admin's side of the daily messages. Every function asks the users table first whether the
// caller is an active admin; the page's own role check is never the only one.

export type AdminMessage = LibraryItemState & { text: string };

const selectMessages = () => getDb().select({ id: dailyMessages.id, text: dailyMessages.text, active: dailyMessages.active }).from(dailyMessages);

type MessageRow = Awaited<ReturnType<typeof selectMessages>>[number];

async function withUsage(rows: MessageRow[]): Promise<AdminMessage[]> {
  const usage = await usageOf(getDb(), "message", rows.map((r) => r.id));
  return rows.map((message) => {
    const used = usage.get(message.id)!;
    return { ...message, usage: used, deletable: !hasBeenGiven(used) };
  });
}

/** One page of the messages, newest first, filtered by status and a search of their text. */
export async function listDailyMessages(admin: Actor, asked: Partial<LibraryView> = {}): Promise<LibraryPage<AdminMessage> | null> {
  if (!(await adminOrAudited(admin, { action: "message.list", targetType: "message" }))) return null;
  const view = resolveView(asked);
  const search = view.search ? like(dailyMessages.text, containsPattern(view.search)) : undefined;
  const counts = await statusCounts("message", search);
  const total = counts[view.status];
  const { page, pageCount, offset } = pageWithin(total, view.page);
  const rows =
    total === 0
      ? []
      : await selectMessages().where(viewCondition("message", view, search)).orderBy(desc(dailyMessages.id)).limit(LIBRARY_PAGE_SIZE).offset(offset);
  return { items: await withUsage(rows), view: { ...view, page }, pageCount, total, counts };
}

/** One message with its usage, for its edit and delete pages; null when there is none (or refused). */
export async function dailyMessage(admin: Actor, messageId: number): Promise<AdminMessage | null> {
  if (!(await adminOrAudited(admin, { action: "message.view", targetType: "message", targetId: messageId }))) return null;
  const rows = await selectMessages().where(eq(dailyMessages.id, messageId)).limit(1);
  return (await withUsage(rows))[0] ?? null;
}

/** Adds a message; patients who have seen every other one get it next. */
export function createDailyMessage(admin: Actor, input: unknown): Promise<SaveResult> {
  return saveLibraryItem({
    admin,
    kind: "message",
    id: null,
    schema: messageSchema,
    input,
    write: async (tx, message) => {
      const [{ id }] = await tx.insert(dailyMessages).values(message).$returningId();
      return id;
    },
  });
}

/** Changes a message's words; where patients were shown it, their history shows the new words. */
export function updateDailyMessage(admin: Actor, messageId: number, input: unknown): Promise<SaveResult> {
  return saveLibraryItem({
    admin,
    kind: "message",
    id: messageId,
    schema: messageSchema,
    input,
    write: async (tx, message) => {
      const [result] = await tx.update(dailyMessages).set(message).where(eq(dailyMessages.id, messageId));
      return result.affectedRows === 1 ? messageId : null;
    },
  });
}

/** Patients are not given the message again; where they were shown it, it still reads. */
export const deactivateMessage = (admin: Actor, messageId: number): Promise<ActiveResult> => setItemActive(admin, "message", messageId, false);

export const reactivateMessage = (admin: Actor, messageId: number): Promise<ActiveResult> => setItemActive(admin, "message", messageId, true);

/** Deletes a message no patient was ever shown; "shown" otherwise. */
export const deleteMessage = (admin: Actor, messageId: number): Promise<DeleteResult> => deleteUnusedItem(admin, "message", messageId);
