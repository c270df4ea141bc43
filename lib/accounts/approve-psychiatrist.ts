import { and, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { psychiatrists, users } from "@/db/schema";

export type ApprovalResult = "approved" | "already-approved" | "disabled" | "not-found";

/**
 * Makes a pending psychiatrist active; from then on they receive new patients. `alsoDo` runs in
 * the same transaction once the approval is made (an admin's audit row), so neither is kept
 * without the other.
 */
export async function approvePsychiatrist(
  userId: number,
  approvedBy: number | null,
  alsoDo?: (tx: Transaction) => Promise<void>,
): Promise<ApprovalResult> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ status: users.status })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, "psychiatrist")))
      .for("update");
    if (!row) return "not-found";
    if (row.status !== "pending") return row.status === "active" ? "already-approved" : "disabled";
    await tx.update(users).set({ status: "active" }).where(eq(users.id, userId));
    await tx
      .update(psychiatrists)
      .set({ approvedAt: new Date(), approvedBy })
      .where(eq(psychiatrists.userId, userId));
    await alsoDo?.(tx);
    return "approved";
  });
}
