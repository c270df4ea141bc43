import type { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { type FieldErrors, parseInput } from "@/lib/forms/action-result";
import type { LibraryKind } from "./library-view";

export type SaveResult =
  | { ok: true; id: number }
  | { ok: false; reason: "invalid"; message: string; fieldErrors: FieldErrors }
  | { ok: false; reason: "refused" | "not-found" };

/**
 * Adds an item (`id` null) or changes one: the caller must be an active admin, the input must
 * pass the form's own schema, and the write and its audit row commit together. `write` returns
 * the item's id, or null when the item to change is not there.
 */
export async function saveLibraryItem<S extends z.ZodType>(options: {
  admin: Actor;
  kind: LibraryKind;
  id: number | null;
  schema: S;
  input: unknown;
  write: (tx: Transaction, data: z.output<S>) => Promise<number | null>;
}): Promise<SaveResult> {
  const { admin, kind, id, schema, input, write } = options;
  const event = { action: `${kind}.${id === null ? "create" : "update"}`, targetType: kind, targetId: id };
  if (!(await adminOrAudited(admin, event))) return { ok: false, reason: "refused" };
  const parsed = parseInput(schema, input);
  if (!parsed.ok) return { ok: false, reason: "invalid", message: parsed.message, fieldErrors: parsed.fieldErrors };
  const savedId = await getDb().transaction(async (tx) => {
    const saved = await write(tx, parsed.data);
    if (saved !== null) await recordAudit(admin, { ...event, targetId: saved }, tx);
    return saved;
  });
  return savedId === null ? { ok: false, reason: "not-found" } : { ok: true, id: savedId };
}
