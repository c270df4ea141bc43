import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { AUDIT_PAGE_SIZE, type Cursor, type Outcome } from "./audit-filter";

/** The filter as the query applies it: ids resolved, days turned into instants [since, until). */
export type AuditWhere = {
  actorId?: number;
  patientId?: number;
  action?: string;
  outcome?: Outcome;
  since?: Date;
  until?: Date;
};

/** Target types whose id is an account's (users.id), so the row can name them. */
export const ACCOUNT_TARGETS = ["user", "psychiatrist", "patient"] as const;

const actor = alias(users, "audit_actor");
const patient = alias(users, "audit_patient");
const target = alias(users, "audit_target");

/**
 * Rows after (or before) a cursor in (at, id) order. Written as a range on `at` plus a tie-break
 * on id, so MySQL reads the index from the cursor on: InnoDB keeps the id in every secondary
 * index, which makes (at), (actor_id, at) and (patient_id, at) each sorted by (…, at, id).
 */
function beyond(cursor: Cursor): SQL {
  return cursor.direction === "before"
    ? and(lte(auditLog.at, cursor.at), or(lt(auditLog.at, cursor.at), lt(auditLog.id, cursor.id)))!
    : and(gte(auditLog.at, cursor.at), or(gt(auditLog.at, cursor.at), gt(auditLog.id, cursor.id)))!;
}

/**
 * One page of the trail plus one row (to know whether there is more), newest first, or oldest
 * first after a cursor going back towards the newest. One statement, LIMIT 51, walking the
 * index that fits: an actor's (actor_id, at), a patient's (patient_id, at), else (at); no count
 * and no sort. The names come from three joins by primary key; none is required, because the
 * trail has no foreign keys and outlives the accounts it names. (Exported for the test that
 * EXPLAINs it.)
 */
export function auditPageQuery(where: AuditWhere, cursor: Cursor | null, limit = AUDIT_PAGE_SIZE + 1) {
  const conditions = [
    where.actorId === undefined ? undefined : eq(auditLog.actorId, where.actorId),
    where.patientId === undefined ? undefined : eq(auditLog.patientId, where.patientId),
    where.action === undefined ? undefined : eq(auditLog.action, where.action),
    where.outcome === undefined ? undefined : eq(auditLog.outcome, where.outcome),
    where.since === undefined ? undefined : gte(auditLog.at, where.since),
    where.until === undefined ? undefined : lt(auditLog.at, where.until),
    cursor ? beyond(cursor) : undefined,
  ];
  const order = cursor?.direction === "after" ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorFirst: actor.firstName,
      actorLast: actor.lastName,
      actorRole: actor.role,
      action: auditLog.action,
      outcome: auditLog.outcome,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetFirst: target.firstName,
      targetLast: target.lastName,
      patientId: auditLog.patientId,
      patientFirst: patient.firstName,
      patientLast: patient.lastName,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(patient, eq(patient.id, auditLog.patientId))
    // Only a target that is an account has a name to show.
    .leftJoin(target, and(inArray(auditLog.targetType, [...ACCOUNT_TARGETS]), eq(target.id, auditLog.targetId)))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit);
}

export type AuditQueryRow = Awaited<ReturnType<typeof auditPageQuery>>[number];

/**
 * Every action the trail holds, for the filter's list: read by skipping along the
 * (action, at) index from one action to the next, one index read for each distinct action
 * however long the trail. (Exported for the test that EXPLAINs it.)
 */
export function auditActionsSql(): SQL {
  return sql`select distinct ${auditLog.action} as action from ${auditLog}`;
}

export async function auditActions(): Promise<string[]> {
  const [rows] = await getDb().execute(auditActionsSql());
  return (rows as unknown as { action: string }[]).map((row) => row.action);
}
