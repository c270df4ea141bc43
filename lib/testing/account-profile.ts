// Builders for the /account tests (lib/accounts/profile and its actions): a person's details as
// their prefilled form posts them, and the rows those tests read back.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailOutbox, patients, psychiatrists } from "@/db/schema";
import { ownProfile } from "@/lib/accounts/profile/own-profile";

/** What the /account form posts untouched: every value as text, a ticked box as "on", an unticked one left out. */
export async function postedProfile(userId: number, changes: Record<string, string | undefined> = {}): Promise<Record<string, string>> {
  const profile = await ownProfile(userId);
  if (!profile) throw new Error(`no profile for account ${userId}`);
  const form: Record<string, string> = {};
  for (const [name, value] of Object.entries(profile.values)) {
    if (value === true) form[name] = "on";
    else if (typeof value === "string") form[name] = value;
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete form[name];
    else form[name] = value;
  }
  return form;
}

export async function patientRow(userId: number) {
  const [row] = await getDb().select().from(patients).where(eq(patients.userId, userId));
  return row;
}

export async function psychiatristRow(userId: number) {
  const [row] = await getDb().select().from(psychiatrists).where(eq(psychiatrists.userId, userId));
  return row;
}

/** The account emails (kind "account") queued for this person, oldest first. */
export async function accountEmails(userId: number) {
  return getDb()
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.userId, userId), eq(emailOutbox.kind, "account")))
    .orderBy(emailOutbox.id);
}
