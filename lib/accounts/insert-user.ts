import type { Transaction } from "@/db/client";
import { users, type Role, type Status } from "@/db/schema";
import { isDuplicateKey } from "@/lib/db/mysql-errors";
import { type Failure, fieldFailure } from "@/lib/forms/action-result";
import { EMAIL_TAKEN } from "./messages";
import type { PersonFields } from "./person-fields";

/** Inserts the account row every role has; the unique email index may refuse it. */
export async function insertUser(
  tx: Transaction,
  person: PersonFields,
  passwordHash: string,
  role: Role,
  status: Status,
): Promise<number> {
  const [{ id }] = await tx
    .insert(users)
    .values({
      email: person.email,
      passwordHash,
      role,
      status,
      firstName: person.firstName,
      lastName: person.lastName,
      phone: person.phone,
      timezone: person.timezone,
    })
    .$returningId();
  return id;
}

/** The field message for an insert the unique email index refused, or null for any other error. */
export function emailTaken(error: unknown): Failure | null {
  return isDuplicateKey(error, "users_email_key_unique") ? fieldFailure("email", EMAIL_TAKEN) : null;
}
