import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";

/** The id of the account with this email, whatever its case or surrounding spaces. */
export async function findUserIdByEmail(email: string): Promise<number | null> {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.emailKey, email.trim().toLowerCase()))
    .limit(1);
  return row?.id ?? null;
}
