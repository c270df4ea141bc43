import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { type LocalDate, localDate } from "./local-date";

/** The patient's calendar day now, in the time zone on their account. */
export async function patientToday(patientId: number, now = new Date()): Promise<LocalDate> {
  const [row] = await getDb().select({ timezone: users.timezone }).from(users).where(eq(users.id, patientId)).limit(1);
  if (!row) throw new Error(`no account ${patientId}`);
  return localDate(now, row.timezone);
}
