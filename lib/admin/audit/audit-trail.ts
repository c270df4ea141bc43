import type { Role } from "@/db/schema";
import { findUserIdByEmail } from "@/lib/accounts/find-user";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import type { FieldErrors } from "@/lib/forms/action-result";
import { addDays } from "@/lib/moods/local-date";
import { AUDIT_PAGE_SIZE, type AuditFilter, type AuditFilterForm, auditHref, type Cursor, type Outcome, parseAuditParams, type PersonRef } from "./audit-filter";
import { type AuditQueryRow, auditPageQuery, type AuditWhere, auditActions } from "./audit-query";
import { knownZone, localDayStart } from "./local-day-start";

/** Someone a row names; `name` and `role` are null once their account is gone. */
export type AuditPerson = { id: number; name: string | null; role: Role | null };

export type AuditRow = {
  id: number;
  at: Date;
  /** Null when nobody was signed in (a one-click unsubscribe, say). */
  actor: AuditPerson | null;
  action: string;
  outcome: Outcome;
  target: { type: string; id: number | null; name: string | null } | null;
  patient: AuditPerson | null;
  ip: string | null;
};

export type AuditTrailView = {
  form: AuditFilterForm;
  fieldErrors: FieldErrors;
  /** The zone the dates of the filter are days in: the admin's own. */
  timeZone: string;
  /** The actions to choose from: every action in the trail, and the one chosen. */
  actions: string[];
  rows: AuditRow[];
  newerHref: string | null;
  olderHref: string | null;
  /** Back to the newest page, when this is a later one. */
  newestHref: string | null;
};

export const NO_SUCH_ACCOUNT = "No account has this email. A deleted account can still be found by its number.";

const VIEW_EVENT: Omit<AuditEvent, "outcome"> = { action: "audit.view", targetType: "audit" };

/** An account number as given, an email's account, null for nobody asked, or "unknown". */
async function resolvePerson(ref: PersonRef | null): Promise<number | null | "unknown"> {
  if (!ref) return null;
  if ("id" in ref) return ref.id;
  return (await findUserIdByEmail(ref.email)) ?? "unknown";
}

const person = (id: number | null, first: string | null, last: string | null, role: Role | null = null): AuditPerson | null =>
  id === null ? null : { id, name: first === null ? null : `${first} ${last}`, role };

function toRow(row: AuditQueryRow): AuditRow {
  return {
    id: row.id,
    at: row.at,
    actor: person(row.actorId, row.actorFirst, row.actorLast, row.actorRole),
    action: row.action,
    outcome: row.outcome,
    target: row.targetType === null && row.targetId === null ? null : { type: row.targetType ?? "", id: row.targetId, name: row.targetFirst === null ? null : `${row.targetFirst} ${row.targetLast}` },
    patient: person(row.patientId, row.patientFirst, row.patientLast),
    ip: row.ip,
  };
}

function whereOf(filter: AuditFilter, actorId: number | null, patientId: number | null, zone: string): AuditWhere {
  return {
    ...(actorId === null ? {} : { actorId }),
    ...(patientId === null ? {} : { patientId }),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    // Both ends inclusive: up to the start of the day after `to`.
    ...(filter.from ? { since: localDayStart(filter.from, zone) } : {}),
    ...(filter.to ? { until: localDayStart(addDays(filter.to, 1), zone) } : {}),
  };
}

type Page = { rows: AuditQueryRow[]; hasNewer: boolean; hasOlder: boolean };

/**
 * A page of the trail, one bounded query: older than a cursor, or newer than one (read oldest
 * first, then turned round). Fewer than a page newer than the cursor means the newest page,
 * which then shows in full.
 */
async function readPage(where: AuditWhere, cursor: Cursor | null): Promise<Page> {
  if (cursor?.direction === "after") {
    const newer = await auditPageQuery(where, cursor);
    if (newer.length > AUDIT_PAGE_SIZE) return { rows: newer.slice(0, AUDIT_PAGE_SIZE).reverse(), hasNewer: true, hasOlder: true };
  }
  const before = cursor?.direction === "before" ? cursor : null;
  const rows = await auditPageQuery(where, before);
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasNewer: before !== null, hasOlder: rows.length > AUDIT_PAGE_SIZE };
}

/**
 * The audit trail for an admin: newest first, 50 a page, filtered by who acted, whose record,
 * what action, its outcome and a range of days in the admin's time zone. Reading the trail is
 * itself audited, naming the patient when the filter names one.
 */
export async function auditTrailPage(admin: Actor, params: Record<string, string | string[] | undefined>, timeZone: string): Promise<AuditTrailView | null> {
  if (!(await adminOrAudited(admin, VIEW_EVENT))) return null;
  const { form, filter, people, cursor, fieldErrors: formErrors } = parseAuditParams(params);
  const zone = knownZone(timeZone);
  const [actorId, patientId] = await Promise.all([resolvePerson(people.actor), resolvePerson(people.patient)]);
  const fieldErrors: FieldErrors = { ...formErrors };
  if (actorId === "unknown") fieldErrors.actor = [NO_SUCH_ACCOUNT];
  if (patientId === "unknown") fieldErrors.patient = [NO_SUCH_ACCOUNT];
  // Written before the reading, so the page shows its own view as the newest row.
  await recordAudit(admin, { ...VIEW_EVENT, patientId: typeof patientId === "number" ? patientId : null });

  const usable = filter && actorId !== "unknown" && patientId !== "unknown";
  const [stored, page] = await Promise.all([auditActions(), usable ? readPage(whereOf(filter, actorId, patientId, zone), cursor) : null]);
  const actions = [...new Set([...stored, ...(form.action ? [form.action] : [])])].sort();
  const view = { form, fieldErrors, timeZone: zone, actions };
  if (!page) return { ...view, rows: [], newerHref: null, olderHref: null, newestHref: null };

  const first = page.rows[0] ?? (cursor && { at: cursor.at, id: cursor.id });
  const last = page.rows.at(-1);
  return {
    ...view,
    rows: page.rows.map(toRow),
    newerHref: page.hasNewer && first ? auditHref(form, { direction: "after", row: first }) : null,
    olderHref: page.hasOlder && last ? auditHref(form, { direction: "before", row: last }) : null,
    newestHref: page.hasNewer ? auditHref(form) : null,
  };
}
