import type { People } from "./people";
import type { Random } from "./random";

type Value = string | number | null;

export const AUDIT_COLUMNS = ["actor_id", "action", "outcome", "target_type", "target_id", "patient_id", "ip", "at"];

/** What one psychiatrist's working day leaves in the audit trail, besides the records they open. */
const DAILY_VIEWS: [action: string, targetType: string | null, times: number][] = [
  ["caseload.view", null, 3],
  ["review.view", "review-queue", 2],
  ["alerts.view", "alert-list", 1],
];
const RECORDS_OPENED_A_DAY = 8;

const at = (date: string, random: Random) =>
  `${date} ${String(random.int(8, 19)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}.000`;

/**
 * A day of the audit trail of a busy service: each psychiatrist's caseload, queue and alert views
 * and the records they open (each read of a record is two rows, as the record page writes), a
 * seventh of the patients signing in, and the admin reading the trail. Rows come day by day, so
 * ids grow with time as they do in real use.
 */
export function auditDay(people: People, date: string, dayIndex: number, random: Random): Value[][] {
  const rows: Value[][] = [];
  const ip = (n: number) => `10.${(n >> 8) & 255}.${n & 255}.${1 + (dayIndex % 250)}`;
  const caseloads = caseloadsOf(people);
  for (const [psychiatristId, patientIds] of caseloads) {
    for (const [action, targetType, times] of DAILY_VIEWS) {
      for (let i = 0; i < times; i++) rows.push([psychiatristId, action, "allowed", targetType, null, null, ip(psychiatristId), at(date, random)]);
    }
    for (let i = 0; i < RECORDS_OPENED_A_DAY && patientIds.length > 0; i++) {
      const patientId = random.pick(patientIds);
      const when = at(date, random);
      rows.push([psychiatristId, "patient.view", "allowed", "patient", patientId, patientId, ip(psychiatristId), when]);
      rows.push([psychiatristId, "alerts.view", "allowed", "patient", patientId, patientId, ip(psychiatristId), when]);
    }
  }
  for (const [index, patient] of people.patients.entries()) {
    if (index % 7 === dayIndex % 7) rows.push([patient.id, "auth.sign-in", "allowed", "user", patient.id, null, ip(patient.id), at(date, random)]);
  }
  rows.push([people.adminId, "audit.view", "allowed", "audit", null, null, ip(people.adminId), at(date, random)]);
  return rows.sort((a, b) => String(a[7]).localeCompare(String(b[7])));
}

const cache = new WeakMap<People, Map<number, number[]>>();

function caseloadsOf(people: People): Map<number, number[]> {
  let caseloads = cache.get(people);
  if (!caseloads) {
    caseloads = new Map(people.psychiatristIds.map((id) => [id, [] as number[]]));
    for (const patient of people.patients) caseloads.get(patient.psychiatristId)!.push(patient.id);
    cache.set(people, caseloads);
  }
  return caseloads;
}
