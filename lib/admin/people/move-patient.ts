import { and, eq } from "drizzle-orm";
import { patients, psychiatrists, users } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { applyMoves } from "./apply-moves";
import { type ChangeResult, done, refused } from "./people-outcomes";
import { runChange } from "./run-change";

/**
 * Moves a patient to another psychiatrist, who must be active and approved (an admin may choose
 * one who is not accepting new patients: that flag is for the assignment rule). Audited as
 * `patient.move`, naming the patient and the psychiatrist they went to.
 */
export async function movePatient(admin: Actor, patientId: number, psychiatristId: number, now = new Date()): Promise<ChangeResult> {
  const event = { action: "patient.move", targetType: "psychiatrist", targetId: psychiatristId, patientId };
  return runChange(admin, event, async (tx) => {
    // The psychiatrist before the patient, the order a psychiatrist's disable locks them in.
    const [to] = await tx
      .select({ status: users.status, approvedAt: psychiatrists.approvedAt })
      .from(psychiatrists)
      .innerJoin(users, eq(users.id, psychiatrists.userId))
      .where(and(eq(psychiatrists.userId, psychiatristId), eq(users.role, "psychiatrist")))
      .for("update");
    if (to?.status !== "active" || !to.approvedAt) return refused("psychiatrist-unavailable");
    const [patient] = await tx.select({ psychiatristId: patients.psychiatristId }).from(patients).where(eq(patients.userId, patientId)).for("update");
    if (!patient) return refused("not-found");
    if (patient.psychiatristId === psychiatristId) return done("already-theirs");
    await applyMoves(tx, admin, [{ patientId, psychiatristId }], now);
    return done("moved");
  });
}
