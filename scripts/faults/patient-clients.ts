/** Patients at their browsers: signed in through the sign-in form, checking in through the Today form's action. */
import mysql from "mysql2/promise";
import { SAVE_FAILED } from "../../lib/forms/action-result";
import { actionIdOf, BrowserSession, type Answer } from "../http/browser-session";
import { TEST_PASSWORD } from "./patients";

export type PatientClient = { email: string; session: BrowserSession; checkInAction: string };

/** What a check-in was answered: saved (the form moved on), the form's try-again message, or anything else. */
export type CheckInOutcome = "saved" | "try again" | "error";

/** Signs each patient in through the form, and reads Today's check-in action; `timeoutMs` bounds each request. */
export async function signInPatients(baseUrl: string, emails: string[], options: { timeoutMs?: number; password?: string } = {}): Promise<PatientClient[]> {
  const { timeoutMs, password = TEST_PASSWORD } = options;
  const clients: PatientClient[] = [];
  // A few at a time: each sign-in checks an argon2id hash, and more at once than the sign-in
  // limit per address allows would be refused.
  for (let i = 0; i < emails.length; i += 4) {
    const batch = emails.slice(i, i + 4).map(async (email) => {
      const session = new BrowserSession(baseUrl, timeoutMs);
      if (!(await session.signIn(email, password))) throw new Error(`${email} could not sign in`);
      const today = await session.get("/today");
      return { email, session, checkInAction: actionIdOf(today.body, "mood") };
    });
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

export async function checkIn(client: PatientClient, note: string): Promise<{ outcome: CheckInOutcome; answer: Answer }> {
  const fields = { mood: String(1 + (note.length % 7)), note, minutes: "5" };
  const answer = await client.session.callAction("/today", client.checkInAction, fields);
  return { outcome: outcomeOf(answer), answer };
}

/** A check-in action's answer when it saved: the form moves on to Today's "saved" view. */
export function checkInSaved(status: number, location: string | null | undefined): boolean {
  return status === 200 && Boolean(location?.startsWith("/today?saved=1"));
}

function outcomeOf(answer: Answer): CheckInOutcome {
  if (checkInSaved(answer.status, answer.location)) return "saved";
  if (answer.status === 200 && answer.body.includes(JSON.stringify(SAVE_FAILED))) return "try again";
  return "error";
}

/** Every note each patient's entries hold or held (the entry and its revisions), and the one it holds now. */
export async function storedNotes(databaseUrl: string): Promise<Map<string, { current: string | null; all: Set<string> }>> {
  const connection = await mysql.createConnection({ uri: databaseUrl });
  try {
    const [entries] = await connection.query<mysql.RowDataPacket[]>(
      "SELECT u.email, e.id, e.note FROM mood_entries e JOIN users u ON u.id = e.patient_id",
    );
    const [revisions] = await connection.query<mysql.RowDataPacket[]>("SELECT entry_id, note FROM mood_entry_revisions");
    const byEntry = new Map<number, string>();
    const notes = new Map<string, { current: string | null; all: Set<string> }>();
    for (const entry of entries) {
      byEntry.set(entry.id, entry.email);
      notes.set(entry.email, { current: entry.note, all: new Set([entry.note]) });
    }
    for (const revision of revisions) notes.get(byEntry.get(revision.entry_id)!)?.all.add(revision.note);
    return notes;
  } finally {
    await connection.end();
  }
}
