import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { psychiatrists, users } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";

/** A psychiatrist's application as the admin deciding on it reads it. */
export type Application = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  /** E.164, as registration stored it. */
  phone: string;
  registrationNumber: string;
  bio: string;
  appliedAt: Date;
};

export type PendingApplications = { applications: Application[]; total: number };

export const APPLICATIONS_SHOWN = 50;

const waiting = and(eq(users.role, "psychiatrist"), eq(users.status, "pending"));

/**
 * The applications waiting for a decision, oldest first (they have waited longest), and how many
 * there are. Both read the users (role, status) index, so the cost follows the queue.
 */
export async function pendingApplications(admin: Actor, limit = APPLICATIONS_SHOWN): Promise<PendingApplications | null> {
  if (!(await adminOrAudited(admin, { action: "approvals.view", targetType: "approvals" }))) return null;
  const [applications, [{ n }]] = await Promise.all([
    getDb()
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        phone: users.phone,
        registrationNumber: psychiatrists.registrationNumber,
        bio: psychiatrists.bio,
        appliedAt: users.createdAt,
      })
      .from(users)
      .innerJoin(psychiatrists, eq(psychiatrists.userId, users.id))
      .where(waiting)
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(Math.max(1, Math.floor(limit))),
    getDb().select({ n: count() }).from(users).where(waiting),
  ]);
  return { applications, total: Number(n) };
}
