import { getDb, type Transaction } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { insertUser } from "./insert-user";
import type { PersonFields } from "./person-fields";

/**
 * Creates an active admin account (the seed, and the shell's create-admin; never a form), with
 * `alsoInTransaction` run beside the insert (an audit row) so neither is kept without the other.
 */
export async function createAdmin(person: PersonFields, password: string, alsoInTransaction?: (tx: Transaction, id: number) => Promise<void>): Promise<number> {
  const passwordHash = await hashPassword(password);
  return getDb().transaction(async (tx) => {
    const id = await insertUser(tx, person, passwordHash, "admin", "active");
    await alsoInTransaction?.(tx, id);
    return id;
  });
}
