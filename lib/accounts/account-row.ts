import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/**
 * The parts of an account's row that the session check and a patient's calendar day need, read
 * once per request (React's cache) however many parts of a page ask: a patient's page checks
 * their session and works out their today from the same row. Outside a request it reads each time.
 */
export const accountRow = cache(async (userId: number) => {
  const [row] = await getDb()
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      timezone: users.timezone,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
});
