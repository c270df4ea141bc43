// Alerts for the alert screens, written straight into the e2e database as the risk rules leave
// them, with their copy of the check-in that raised them. A check-in raising one for real is
// another spec's concern.
import { unresolvedAlertCount } from "../lib/risk/alert-list";
import { resolveAlert } from "../lib/risk/alert-steps";
import { type AlertFixture, createAlert } from "../lib/testing/alerts";
import { MOOD_VALUES, type MoodWord } from "./moods";

export { unresolvedAlertCount };

/** A check-in an alert is about: its id, day, mood and note. */
export type RaisingEntry = { id: number; date: string; mood: MoodWord; note: string | null };

type AlertDetails = Omit<AlertFixture, "patientId" | "entryId" | "mood" | "note" | "entryDate">;

/** Opens an alert about the patient, for the check-in given (or none, as for silence). */
export function raiseAlert(patientId: number, entry: RaisingEntry | null, alert: AlertDetails): Promise<number> {
  return createAlert({
    patientId,
    entryId: entry?.id ?? null,
    mood: entry ? MOOD_VALUES[entry.mood] : null,
    note: entry?.note ?? null,
    entryDate: entry?.date ?? null,
    ...alert,
  });
}

/**
 * Resolves whatever of these alerts a test left unresolved (it failed part way, say), so that
 * the patient does not lead the demo psychiatrist's caseload in the specs that follow.
 */
export async function resolveLeftovers(psychiatristId: number, alertIds: readonly number[]): Promise<void> {
  for (const id of alertIds) await resolveAlert({ id: psychiatristId }, id, "Closed by the end-to-end tests.");
}
