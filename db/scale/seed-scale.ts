import type mysql from "mysql2/promise";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { assessEntry } from "@/lib/risk/assess-entry";
import type { HistoryDay } from "@/lib/risk/rule-kinds";
import { REPLIES } from "../seed-reviews";
import { AUDIT_COLUMNS, auditDay } from "./audit-trail";
import { BulkLoader } from "./bulk-loader";
import { planDays } from "./check-ins";
import { buildPeople, PATIENT_COLUMNS, psychiatristEmail, PSYCHIATRIST_COLUMNS, USER_COLUMNS } from "./people";
import { hasOpenAlerts, type ScalePlan } from "./plan";
import { seededRandom } from "./random";

export type ScaleResult = {
  /** Rows this run inserted, per table. */
  inserted: Record<string, number>;
  bigCaseloadEmail: string;
  /** Seconds per step. */
  timings: [step: string, seconds: number][];
};

const ENTRY_COLUMNS = ["id", "patient_id", "entry_date", "mood", "note", "mindfulness_minutes", "message_id", "reviewed_by", "reviewed_at", "created_at", "updated_at"];
const REPLY_COLUMNS = ["entry_id", "author_id", "text", "created_at"];
const ALERT_COLUMNS = ["patient_id", "entry_id", "dedupe_key", "rule", "severity", "reason", "mood", "note", "entry_date", "status", "created_at"];
// The last week is the psychiatrists' review queue; older entries are mostly reviewed.
const UNREVIEWED_DAYS = 7;
const REVIEWED_SHARE = 0.97;

const time = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}:00.000`;

async function nextId(pool: mysql.Pool, table: string): Promise<number> {
  const [rows] = await pool.query(`SELECT COALESCE(MAX(id), 0) + 1 AS next FROM \`${table}\``);
  return Number((rows as { next: number | string }[])[0].next);
}

/**
 * Adds a plan's admin, psychiatrists and patients (after whatever the database holds) and a
 * year of their check-ins, reviews, replies, open alerts and audit trail, with multi-row INSERTs over
 * `connections` connections. Check-ins end the day before `today` (a Europe/London date).
 */
export async function seedScale(
  pool: mysql.Pool,
  options: { plan: ScalePlan; passwordHash: string; today: LocalDate; connections?: number; log?: (line: string) => void },
): Promise<ScaleResult> {
  const { plan, passwordHash, today } = options;
  const log = options.log ?? (() => {});
  const timings: ScaleResult["timings"] = [];
  let started = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings.push([name, (now - started) / 1000]);
    log(`  ${name}: ${((now - started) / 1000).toFixed(1)} s`);
    started = now;
  };

  const dates = Array.from({ length: plan.days }, (_, i) => addDays(today, i - plan.days));
  const reviewedBefore = addDays(today, -UNREVIEWED_DAYS);
  const [messageRows] = await pool.query("SELECT id FROM daily_messages WHERE active = 1 ORDER BY id");
  const messageIds = (messageRows as { id: number }[]).map((m) => Number(m.id));
  const firstUserId = await nextId(pool, "users");
  let entryId = await nextId(pool, "mood_entries");

  const loader = await BulkLoader.open(pool, options.connections ?? 2);
  try {
    const people = buildPeople(plan, firstUserId, passwordHash, `${addDays(dates[0] ?? today, -1)} 09:00:00.000`);
    const users = loader.table("users", USER_COLUMNS, plan.batchSize);
    for (const row of people.users) await users.add(row);
    await users.flush();
    const psychiatrists = loader.table("psychiatrists", PSYCHIATRIST_COLUMNS, plan.batchSize);
    for (const row of people.psychiatrists) await psychiatrists.add(row);
    await psychiatrists.flush();
    const patients = loader.table("patients", PATIENT_COLUMNS, plan.batchSize);
    for (const row of people.patientRows) await patients.add(row);
    await patients.flush();
    await loader.drain();
    step(`people (${people.users.length} users)`);

    const entries = loader.table("mood_entries", ENTRY_COLUMNS, plan.batchSize);
    const replies = loader.table("entry_replies", REPLY_COLUMNS, plan.batchSize);
    const alerts = loader.table("alerts", ALERT_COLUMNS, plan.batchSize);
    for (const [index, patient] of people.patients.entries()) {
      const random = seededRandom(plan.seed * 7919 + index);
      const alerting = hasOpenAlerts(plan, index);
      const days = planDays(random, plan.days, alerting);
      for (const [n, d] of days.entries()) {
        const date = dates[d.day];
        const at = `${date} ${time(d.minuteOfDay)}`;
        const reviewed = date < reviewedBefore && random.chance(REVIEWED_SHARE);
        const reviewedAt = reviewed ? `${date} 21:${String(random.int(0, 59)).padStart(2, "0")}:00.000` : null;
        const messageId = messageIds.length > 0 ? messageIds[(index + d.day) % messageIds.length] : null;
        await entries.add([entryId, patient.id, date, d.mood, d.note, d.minutes, messageId, reviewed ? patient.psychiatristId : null, reviewedAt, at, at]);
        if (reviewed && random.chance(plan.replyShare)) {
          await replies.add([entryId, patient.psychiatristId, random.pick(REPLIES), reviewedAt]);
        }
        if (alerting && n === days.length - 1) {
          // The rules as the check-in would have run them, on the two weeks before it.
          const history: HistoryDay[] = days.slice(-15, -1).map((h) => ({ date: dates[h.day], mood: h.mood }));
          for (const hit of assessEntry({ mood: d.mood, note: d.note, date, history })) {
            await alerts.add([patient.id, entryId, `entry:${entryId}:${hit.rule}`, hit.rule, hit.severity, hit.reason.slice(0, 500), d.mood, d.note, date, "open", at]);
          }
        }
        entryId++;
      }
    }
    await entries.flush();
    await replies.flush();
    await alerts.flush();
    await loader.drain();
    step("check-ins, replies and alerts");

    const audit = loader.table("audit_log", AUDIT_COLUMNS, plan.batchSize);
    const auditRandom = seededRandom(plan.seed + 1);
    for (const [d, date] of dates.entries()) for (const row of auditDay(people, date, d, auditRandom)) await audit.add(row);
    await audit.flush();
    await loader.drain();
    step("a year of the audit trail");
  } finally {
    await loader.close();
  }

  for (const table of ["users", "patients", "mood_entries", "entry_replies", "alerts", "audit_log"]) {
    await pool.query(`ANALYZE TABLE \`${table}\``);
  }
  step("analyze tables");
  return { inserted: Object.fromEntries(loader.counts), bigCaseloadEmail: psychiatristEmail(0), timings };
}
