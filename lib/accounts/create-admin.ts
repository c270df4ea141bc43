import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { PersonFields } from "./person-fields";

/** Creates an active admin account (used by the seed and the admin command, never by a form). */
export async function createAdmin(person: PersonFields, password: string): Promise<number> {
  const [{ id }] = await getDb()
    .insert(users)
    .values({ ...person, passwordHash: await hashPassword(password), role: "admin", status: "active" })
    .$returningId();
  return id;
}
