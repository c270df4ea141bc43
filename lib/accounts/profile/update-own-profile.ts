import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { patients, psychiatrists, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { type ActionResult, parseInput } from "@/lib/forms/action-result";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueEmail } from "@/lib/notifications/outbox";
import { emailChangedEmail } from "@/lib/notifications/templates/email-changed-email";
import { emailTaken } from "../insert-user";
import { type OwnAccount, withOwnAccount } from "./own-account";
import { type AdminProfile, type PatientProfile, type PsychiatristProfile, profileSchemas } from "./profile-schemas";
import { withdrawWaitingReminders } from "./withdraw-waiting-reminders";

/**
 * Saves the caller's own details from the /account form (untrusted input), checked with the
 * schema of the role their account has now. Everything is written in one transaction, or nothing:
 * the account, its role's row, the audit row, and, when the email changed, a notice to the old
 * address.
 */
export async function updateOwnProfile(actor: Actor, input: unknown): Promise<ActionResult> {
  try {
    return await withOwnAccount(actor, "account.update", async (tx, account) => {
      const parsed = parseInput(profileSchemas[account.role], input);
      if (!parsed.ok) return parsed;
      const profile = parsed.data;
      await tx
        .update(users)
        .set({ firstName: profile.firstName, lastName: profile.lastName, email: profile.email, phone: profile.phone, timezone: profile.timezone })
        .where(eq(users.id, account.id));
      await saveRoleDetails(tx, account, profile);
      if (profile.email !== account.email.toLowerCase()) await noticeToOldAddress(tx, account);
      await recordAudit(actor, { action: "account.update", targetType: "user", targetId: account.id, patientId: account.role === "patient" ? account.id : null }, tx);
      return { ok: true };
    });
  } catch (error) {
    const conflict = emailTaken(error);
    if (conflict) return conflict;
    throw error;
  }
}

async function saveRoleDetails(tx: Transaction, account: OwnAccount, profile: PatientProfile | PsychiatristProfile | AdminProfile): Promise<void> {
  if (account.role === "patient") {
    const { postcode, medicalNotes, emergencyContactName, emergencyContactPhone, remindersOptIn, reminderTime } = profile as PatientProfile;
    await tx
      .update(patients)
      .set({ postcode, medicalNotes, emergencyContactName, emergencyContactPhone, remindersOptIn, reminderTime })
      .where(eq(patients.userId, account.id));
    await withdrawWaitingReminders(tx, account.id, { remindersOptIn, reminderTime, timezone: profile.timezone });
  } else if (account.role === "psychiatrist") {
    const { postcode, bio, acceptingNewPatients } = profile as PsychiatristProfile;
    await tx.update(psychiatrists).set({ postcode, bio, acceptingNewPatients }).where(eq(psychiatrists.userId, account.id));
  }
}

/** Tells the address the account signed in with until now, in case its owner did not make the change. */
async function noticeToOldAddress(tx: Transaction, account: OwnAccount): Promise<void> {
  const at = new Date();
  await queueEmail(tx, {
    dedupeKey: emailKeys.emailChanged(account.id, at),
    kind: "account",
    userId: account.id,
    to: account.email,
    ...emailChangedEmail({ firstName: account.firstName, at, timeZone: account.timezone }),
  });
}
