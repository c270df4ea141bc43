import { accountRow } from "@/lib/accounts/account-row";
import { type LocalDate, localDate } from "./local-date";

/** The patient's calendar day now, in the time zone on their account. */
export async function patientToday(patientId: number, now = new Date()): Promise<LocalDate> {
  const row = await accountRow(patientId);
  if (!row) throw new Error(`no account ${patientId}`);
  return localDate(now, row.timezone);
}
