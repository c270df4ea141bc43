// Builders for the audit trail tests: rows written straight into audit_log, as recordAudit
// leaves them, at the times a test needs.
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditRowFixture = Partial<typeof auditLog.$inferInsert> & { at: Date };

/** Inserts the rows in the order given (ids ascending) and returns their ids. */
export async function addAuditRows(rows: readonly AuditRowFixture[]): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += 1_000) {
    const batch = rows.slice(start, start + 1_000).map((row) => ({ action: "test.event", ...row }));
    const [result] = await getDb().insert(auditLog).values(batch);
    // One multi-row INSERT takes consecutive ids from the first.
    for (let n = 0; n < batch.length; n++) ids.push(result.insertId + n);
  }
  return ids;
}
