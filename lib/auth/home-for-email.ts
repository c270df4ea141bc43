import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { homeFor } from "./homes";

/** The home page of the account with this email, for the redirect right after signing in. */
export async function homeForEmail(email: string): Promise<string> {
  const [row] = await getDb()
    .select({ role: users.role, status: users.status })
    .from(users)
    .where(eq(users.emailKey, email))
    .limit(1);
  return row ? homeFor(row.role, row.status) : "/";
}
