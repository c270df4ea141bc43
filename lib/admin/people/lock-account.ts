import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { psychiatrists, users, type Role, type Status } from "@/db/schema";
import { lockCandidates } from "@/lib/accounts/assign-psychiatrist";
import type { Candidate } from "@/lib/accounts/choose-psychiatrist";

export type LockedAccount = {
  account: { id: number; role: Role; status: Status; approvedAt: Date | null };
  /** For a psychiatrist: the others who may take new patients now, with their caseloads. */
  others: Candidate[];
  /** For an admin: every active admin's id, this one's included if active. */
  activeAdmins: number[];
};

/** Every active admin, locked: who may still act, and whether this one is the last. */
async function lockActiveAdmins(tx: Transaction): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.status, "active")))
    .orderBy(asc(users.id))
    .for("update");
  return rows.map((r) => r.id);
}

/**
 * Locks what a change to one account depends on, then the account itself, in one fixed order so
 * that changes racing each other queue rather than deadlock: for a psychiatrist, every
 * psychiatrist who may take new patients (the rows registration locks, in its order); for an
 * admin, every active admin. Run inside a READ COMMITTED transaction, so what is read after the
 * locks are granted is what the changes before it committed. Null when there is no such account.
 */
export async function lockAccount(tx: Transaction, userId: number): Promise<LockedAccount | null> {
  // The role decides which locks come first; it never changes, so reading it unlocked is safe.
  const [peek] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (!peek) return null;
  const candidates = peek.role === "psychiatrist" ? await lockCandidates(tx) : [];
  const activeAdmins = peek.role === "admin" ? await lockActiveAdmins(tx) : [];
  const [account] = await tx
    .select({ id: users.id, role: users.role, status: users.status, approvedAt: psychiatrists.approvedAt })
    .from(users)
    .leftJoin(psychiatrists, eq(psychiatrists.userId, users.id))
    .where(eq(users.id, userId))
    .for("update");
  // Deleted between the two reads.
  if (!account) return null;
  return { account, others: candidates.filter((c) => c.userId !== userId), activeAdmins };
}
