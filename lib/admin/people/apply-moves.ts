import { inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { auditLog, patients } from "@/db/schema";
import type { Actor } from "@/lib/audit/record-audit";
import { handOverAlerts } from "@/lib/risk/hand-over-alerts";
import type { Move } from "./plan-spread";

/**
 * Gives each patient their new psychiatrist (one UPDATE per psychiatrist receiving patients),
 * writes one `patient.move` row per patient to the audit trail, naming the patient and the
 * psychiatrist they went to, and tells each new psychiatrist about their new patients'
 * unresolved alerts, all in the caller's transaction.
 */
export async function applyMoves(tx: Transaction, admin: Actor, moves: readonly Move[], now = new Date()): Promise<void> {
  if (moves.length === 0) return;
  const byPsychiatrist = new Map<number, number[]>();
  for (const { patientId, psychiatristId } of moves) byPsychiatrist.set(psychiatristId, [...(byPsychiatrist.get(psychiatristId) ?? []), patientId]);
  for (const [psychiatristId, patientIds] of byPsychiatrist) {
    await tx.update(patients).set({ psychiatristId, assignedAt: now }).where(inArray(patients.userId, patientIds));
  }
  // One statement for the whole caseload: the candidates stay locked while it runs.
  await tx.insert(auditLog).values(
    moves.map((m) => ({
      actorId: admin.id,
      ip: admin.ip ?? null,
      action: "patient.move",
      outcome: "allowed" as const,
      targetType: "psychiatrist",
      targetId: m.psychiatristId,
      patientId: m.patientId,
    })),
  );
  await handOverAlerts(
    tx,
    moves.map((m) => m.patientId),
  );
}
