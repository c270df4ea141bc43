import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { retryTransaction } from "@/lib/db/retry-transaction";
import { LIBRARY_TABLES } from "./library-tables";
import type { LibraryKind } from "./library-view";
import { hasBeenGiven, usageOf } from "./usage-counts";

// Deactivating, reactivating and deleting tasks and messages: the same rules for both libraries.

export type ActiveResult = "changed" | "unchanged" | "not-found" | "refused";
export type DeleteResult = "deleted" | "shown" | "not-found" | "refused";

const itemEvent = (kind: LibraryKind, step: string, id: number): Omit<AuditEvent, "outcome"> => ({
  action: `${kind}.${step}`,
  targetType: kind,
  targetId: id,
});

/**
 * Deactivates (patients are not given it again; where it was shown it still reads) or
 * reactivates an item. The UPDATE's condition decides, so of two admins pressing at once only
 * one changes it and is audited.
 */
export async function setItemActive(admin: Actor, kind: LibraryKind, id: number, active: boolean): Promise<ActiveResult> {
  const event = itemEvent(kind, active ? "reactivate" : "deactivate", id);
  if (!(await adminOrAudited(admin, event))) return "refused";
  const { table } = LIBRARY_TABLES[kind];
  return getDb().transaction(async (tx) => {
    const [result] = await tx
      .update(table)
      .set({ active })
      .where(and(eq(table.id, id), eq(table.active, !active)));
    if (result.affectedRows === 1) {
      await recordAudit(admin, event, tx);
      return "changed";
    }
    const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
    return row ? "unchanged" : "not-found";
  });
}

/**
 * Deletes an item no patient has ever been given. The item's row is locked first: a check-in
 * recording it must wait for that lock (its foreign key check), so either the check-in came
 * first and is seen here, refusing the delete, or it comes after and finds no such item.
 */
export async function deleteUnusedItem(admin: Actor, kind: LibraryKind, id: number): Promise<DeleteResult> {
  const event = itemEvent(kind, "delete", id);
  if (!(await adminOrAudited(admin, event))) return "refused";
  const { table } = LIBRARY_TABLES[kind];
  return retryTransaction(() =>
    getDb().transaction(
      async (tx) => {
        const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).for("update");
        if (!row) return "not-found";
        const usage = (await usageOf(tx, kind, [id])).get(id)!;
        if (hasBeenGiven(usage)) return "shown";
        await tx.delete(table).where(eq(table.id, id));
        await recordAudit(admin, event, tx);
        return "deleted";
      },
      // Each read sees what committed before it, so a showing committed while this waited counts.
      { isolationLevel: "read committed" },
    ),
  );
}
