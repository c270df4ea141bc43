import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { isDuplicateKey } from "@/lib/db/mysql-errors";
import { createAdmin } from "./create-admin";
import { EMAIL_TAKEN } from "./messages";
import { contactFields } from "./schemas";

const adminFields = z.object({ ...contactFields, timezone: contactFields.timezone.default("Europe/London") });

export type AdminField = "email" | "firstName" | "lastName" | "phone" | "timezone";
export type AddedAdmin = { ok: true; id: number; password: string } | { ok: false; problems: { field: AdminField; message: string }[] };

/**
 * Adds an active admin from the server's shell: the first admin of a real database, which no
 * form can make. The fields are checked as the account form checks them. The password is made
 * here, 144 random bits, and given back once to be passed on and changed at first sign-in;
 * it never travels on a command line, where other users of the server could read it.
 */
export async function addAdmin(fields: Record<string, string | undefined>): Promise<AddedAdmin> {
  const parsed = adminFields.safeParse(fields);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: issue.path[0] as AdminField, message: issue.message })) };
  const password = randomBytes(18).toString("base64url");
  try {
    // Done by no one signed in, from no address: the server's shell.
    const id = await createAdmin(parsed.data, password, (tx, id) => recordAudit(null, { action: "account.create-admin", targetType: "user", targetId: id }, tx));
    return { ok: true, id, password };
  } catch (error) {
    if (isDuplicateKey(error, "users_email_key_unique")) return { ok: false, problems: [{ field: "email", message: EMAIL_TAKEN }] };
    throw error;
  }
}
