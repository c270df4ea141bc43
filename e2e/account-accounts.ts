// Accounts for the /account screens, written straight into the e2e database through the app's
// own code, as test-data.ts does, and the rows those screens change, read back.
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { patients, psychiatrists, users } from "../db/schema";
import { createAdmin } from "../lib/accounts/create-admin";
import { uniqueEmail } from "./fixtures";

export type FreshAdmin = { userId: number; email: string; password: string };

/** An active admin made for one test, so the demo admin stays as seeded. */
export async function freshAdmin(): Promise<FreshAdmin> {
  const email = uniqueEmail("e2e.admin");
  const password = "a ledger kept in good order";
  const userId = await createAdmin({ email, firstName: "Dana", lastName: "Okoye", phone: "+442079460999", timezone: "Europe/London" }, password);
  return { userId, email, password };
}

/** The account's row and its role's row, as the database holds them now. */
export async function storedAccount(userId: number) {
  const [row] = await getDb()
    .select({ user: users, patient: patients, psychiatrist: psychiatrists })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(psychiatrists, eq(psychiatrists.userId, users.id))
    .where(eq(users.id, userId));
  return row;
}

/** Takes a test psychiatrist out of the assignment again, so other specs' patients go to the demo ones. */
export async function stopAccepting(psychiatristId: number): Promise<void> {
  await getDb().update(psychiatrists).set({ acceptingNewPatients: false }).where(eq(psychiatrists.userId, psychiatristId));
}
