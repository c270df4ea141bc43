// Builders and checks for the people tests (lib/admin/people and its actions): caseloads of a
// chosen size, and queries that say whether the assignment invariants and the foreign keys hold.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, patients, psychiatrists, users } from "@/db/schema";
import { createPatient } from "./accounts";
import { assign } from "./review";

/** `n` new patients, all given to this psychiatrist; returns their ids. */
export async function giveCaseload(psychiatristId: number, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const { userId } = await createPatient();
    await assign(userId, psychiatristId);
    ids.push(userId);
  }
  return ids;
}

/** How many patients each of these psychiatrists has now. */
export async function caseloadsOf(psychiatristIds: readonly number[]): Promise<Record<number, number>> {
  const counts: Record<number, number> = Object.fromEntries(psychiatristIds.map((id) => [id, 0]));
  const rows = await getDb()
    .select({ id: patients.psychiatristId, n: sql<number>`count(*)` })
    .from(patients)
    .where(inArray(patients.psychiatristId, [...psychiatristIds]))
    .groupBy(patients.psychiatristId);
  for (const row of rows) counts[row.id] = Number(row.n);
  return counts;
}

/** The largest caseload less the smallest among these psychiatrists. */
export async function caseloadGap(psychiatristIds: readonly number[]): Promise<number> {
  const counts = Object.values(await caseloadsOf(psychiatristIds));
  return Math.max(...counts) - Math.min(...counts);
}

/** Patients whose psychiatrist is not an active, approved psychiatrist: none, if all is well. */
export async function patientsWithoutActivePsychiatrist(): Promise<number[]> {
  const rows = await getDb()
    .select({ id: patients.userId })
    .from(patients)
    .leftJoin(users, and(eq(users.id, patients.psychiatristId), eq(users.status, "active"), eq(users.role, "psychiatrist")))
    .leftJoin(psychiatrists, eq(psychiatrists.userId, patients.psychiatristId))
    .where(sql`${users.id} is null or ${psychiatrists.approvedAt} is null`)
    .orderBy(asc(patients.userId));
  return rows.map((r) => r.id);
}

export type Dangling = { table: string; column: string; references: string; rows: number };

/**
 * Every foreign key in the schema, read from the database itself, with the rows whose value
 * names no row of the table it references. Empty when nothing points at a missing row.
 */
export async function danglingReferences(): Promise<{ checked: string[]; dangling: Dangling[] }> {
  const [keys] = await getDb().execute(
    sql`select table_name as t, column_name as c, referenced_table_name as rt, referenced_column_name as rc
        from information_schema.key_column_usage
        where table_schema = database() and referenced_table_name is not null
        order by table_name, column_name`,
  );
  const checked: string[] = [];
  const dangling: Dangling[] = [];
  for (const key of keys as unknown as { t: string; c: string; rt: string; rc: string }[]) {
    const [[row]] = (await getDb().execute(
      sql`select count(*) as n from ${sql.identifier(key.t)} x
          where x.${sql.identifier(key.c)} is not null
          and not exists (select 1 from ${sql.identifier(key.rt)} y where y.${sql.identifier(key.rc)} = x.${sql.identifier(key.c)})`,
    )) as unknown as [{ n: number | string }[]];
    checked.push(`${key.t}.${key.c} -> ${key.rt}.${key.rc}`);
    if (Number(row.n) > 0) dangling.push({ table: key.t, column: key.c, references: `${key.rt}.${key.rc}`, rows: Number(row.n) });
  }
  return { checked, dangling };
}

/** The audit trail's rows for one action, oldest first, as the people tests compare them. */
export async function auditTrail(action?: string) {
  return getDb()
    .select({
      actorId: auditLog.actorId,
      action: auditLog.action,
      outcome: auditLog.outcome,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      patientId: auditLog.patientId,
    })
    .from(auditLog)
    .where(action ? eq(auditLog.action, action) : undefined)
    .orderBy(asc(auditLog.id));
}

export async function userRow(userId: number) {
  const [row] = await getDb().select().from(users).where(eq(users.id, userId));
  return row;
}

export async function setAccepting(psychiatristId: number, accepting: boolean): Promise<void> {
  await getDb().update(psychiatrists).set({ acceptingNewPatients: accepting }).where(eq(psychiatrists.userId, psychiatristId));
}
