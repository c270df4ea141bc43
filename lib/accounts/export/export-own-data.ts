import { getDb, type Transaction } from "@/db/client";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type AccountExport } from "./export-types";
import { patientAlerts } from "./patient-alerts";
import { patientEntries } from "./patient-entries";
import { patientTasksOf } from "./patient-tasks";
import { repliesWrittenBy } from "./psychiatrist-replies";
import { commonProfile, type ExportingAccount, exportingAccount, patientProfile, psychiatristProfile } from "./role-profiles";

export const EXPORT_ACTION = "account.export";

/**
 * Everything MiWell holds about the caller, for them to keep: every query is scoped by the
 * caller's own id, so nobody else's rows are read. A disabled or missing account gets null and
 * the attempt is audited as denied. It all reads in one transaction, so a check-in saved
 * meanwhile is either wholly in the download or not at all.
 */
export async function exportOwnData(actor: Actor, now = new Date()): Promise<AccountExport | null> {
  const data = await getDb().transaction(
    async (tx) => {
      const account = await exportingAccount(tx, actor.id);
      if (!account || account.status === "disabled") return null;
      const exported = await exportFor(tx, account, now);
      await recordAudit(
        actor,
        { action: EXPORT_ACTION, targetType: "user", targetId: account.id, patientId: account.role === "patient" ? account.id : null },
        tx,
      );
      return exported;
    },
    { isolationLevel: "repeatable read" },
  );
  if (!data) await recordAudit(actor, { action: EXPORT_ACTION, outcome: "denied", targetType: "user", targetId: actor.id });
  return data;
}

async function exportFor(tx: Transaction, account: ExportingAccount, exportedAt: Date): Promise<AccountExport> {
  const envelope = { format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, exportedAt } as const;
  switch (account.role) {
    case "patient":
      return {
        ...envelope,
        role: "patient",
        profile: await patientProfile(tx, account),
        entries: await patientEntries(tx, account.id),
        tasks: await patientTasksOf(tx, account.id),
        alerts: await patientAlerts(tx, account.id),
      };
    case "psychiatrist":
      return { ...envelope, role: "psychiatrist", profile: await psychiatristProfile(tx, account), replies: await repliesWrittenBy(tx, account.id) };
    case "admin":
      return { ...envelope, role: "admin", profile: commonProfile(account) };
  }
}
