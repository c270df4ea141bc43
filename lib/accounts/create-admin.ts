import { getDb } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { insertUser } from "./insert-user";
import type { PersonFields } from "./person-fields";

/** Creates an active admin account (used by the seed, never by a form). */
export async function createAdmin(person: PersonFields, password: string): Promise<number> {
  const passwordHash = await hashPassword(password);
  return getDb().transaction((tx) => insertUser(tx, person, passwordHash, "admin", "active"));
}
