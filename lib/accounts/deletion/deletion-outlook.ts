import { and, count, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import { lockCandidates } from "@/lib/accounts/assign-psychiatrist";

/**
 * What deleting their own account would do, for the page that asks them to confirm: how many
 * patients a psychiatrist would hand on and whether anyone could take them now, whether an admin
 * is the last active one. A reading for the page only: the deletion checks again under its locks.
 */
export type DeletionOutlook =
  | { role: "patient" }
  | { role: "psychiatrist"; patients: number; othersCanTake: boolean }
  | { role: "admin"; lastAdmin: boolean };

export async function deletionOutlook(userId: number): Promise<DeletionOutlook | null> {
  const db = getDb();
  const [me] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (!me) return null;
  if (me.role === "patient") return { role: "patient" };
  if (me.role === "admin") {
    const [others] = await db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.status, "active"), ne(users.id, userId)));
    return { role: "admin", lastAdmin: Number(others.n) === 0 };
  }
  const [theirs] = await db.select({ n: count() }).from(patients).where(eq(patients.psychiatristId, userId));
  // The candidates as the assignment rule reads them; the short transaction releases their locks at once.
  const candidates = await db.transaction((tx) => lockCandidates(tx));
  return { role: "psychiatrist", patients: Number(theirs.n), othersCanTake: candidates.some((c) => c.userId !== userId) };
}
