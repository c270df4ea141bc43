import { and, asc, eq, gt, gte, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { moodEntries, patients, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { type Failure, failure } from "@/lib/forms/action-result";
import { addDays, type LocalDate, localDate } from "@/lib/moods/local-date";
import { loadRules } from "@/lib/risk/load-rules";
import type { RuleKind } from "@/lib/risk/rule-kinds";
import type { RulesConfig } from "@/lib/risk/rule-parameters";
import { type PatientAlerts, type PreviewSummary, summarisePreview } from "./preview-summary";
import { lookbackDays, onlyRule, PREVIEW_DAYS, type ReplayEntry, replayPatient, windowStart } from "./replay-alerts";
import { parseRuleInput, type RuleInput } from "./rule-input";
import { ADMINS_ONLY, ruleEvent } from "./save-rule";

/** What a change to one rule would have done over the last PREVIEW_DAYS days, next to the rules in force. */
export type RulesPreview = PreviewSummary & {
  kind: RuleKind;
  days: number;
  /** Check-ins in the window that the entry rules were replayed over. */
  entries: number;
  /** Patients with a check-in in the window. */
  patients: number;
};

export type PreviewResult = { ok: true; data: RulesPreview } | Failure;

/** Patients read at a time, each with their days: memory stays bounded however many there are. */
export const PATIENT_BATCH = 500;

/** Patients replayed between turns of the event loop. */
const YIELD_EVERY = 25;

type BatchPatient = { id: number; name: string; timezone: string; active: boolean };

// Whoever's calendar is furthest behind (UTC-12) is the earliest "today" a patient can have.
const EARLIEST_ZONE = "Etc/GMT+12";

function todayIn(now: Date, timeZone: string): LocalDate {
  try {
    return localDate(now, timeZone);
  } catch {
    return localDate(now, "UTC");
  }
}

/** One batch of patients after `afterId`, in primary-key order. */
function patientBatch(afterId: number, size: number): Promise<BatchPatient[]> {
  return getDb()
    .select({ id: patients.userId, firstName: users.firstName, lastName: users.lastName, timezone: users.timezone, status: users.status })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(gt(patients.userId, afterId))
    .orderBy(asc(patients.userId))
    .limit(size)
    .then((rows) => rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}`, timezone: r.timezone, active: r.status === "active" })));
}

/** The batch's check-ins since `since`, grouped by patient, oldest first (along the (patient, day) index). */
async function entriesOf(patientIds: number[], since: LocalDate): Promise<Map<number, ReplayEntry[]>> {
  const rows = await getDb()
    .select({ patientId: moodEntries.patientId, date: moodEntries.entryDate, mood: moodEntries.mood, note: moodEntries.note })
    .from(moodEntries)
    .where(and(inArray(moodEntries.patientId, patientIds), gte(moodEntries.entryDate, since)))
    .orderBy(asc(moodEntries.patientId), asc(moodEntries.entryDate));
  const byPatient = new Map<number, ReplayEntry[]>();
  for (const { patientId, ...entry } of rows) {
    const list = byPatient.get(patientId);
    if (list) list.push(entry);
    else byPatient.set(patientId, [entry]);
  }
  return byPatient;
}

/**
 * Replays both rule sets over every patient's last PREVIEW_DAYS days, a batch of patients at a
 * time. Only the changed rule can come out differently, so the changed set runs that rule alone
 * and borrows the others' counts.
 */
export async function replayRules(current: RulesConfig, changed: RulesConfig, kind: RuleKind, now: Date, batchSize = PATIENT_BATCH) {
  const since = addDays(windowStart(localDate(now, EARLIEST_ZONE)), -lookbackDays(current, changed));
  const changedRule = onlyRule(changed, kind);
  const withAlerts: PatientAlerts[] = [];
  let entries = 0;
  let patientsInWindow = 0;
  for (let batch = await patientBatch(0, batchSize); batch.length > 0; batch = await patientBatch(batch[batch.length - 1].id, batchSize)) {
    const days = await entriesOf(
      batch.map((p) => p.id),
      since,
    );
    for (const [index, patient] of batch.entries()) {
      // The replay is seconds of work on a large service: let the server answer others meanwhile.
      if (index % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const list = days.get(patient.id);
      if (!list) continue;
      const replay = { today: todayIn(now, patient.timezone), active: patient.active, entries: list };
      const from = windowStart(replay.today);
      const inWindow = list.filter((entry) => entry.date >= from).length;
      entries += inWindow;
      if (inWindow > 0) patientsInWindow += 1;
      const before = replayPatient(replay, current);
      const after = { ...before, [kind]: replayPatient(replay, changedRule)[kind] };
      if (Object.values(before).some(Boolean) || after[kind] > 0) withAlerts.push({ patientId: patient.id, name: patient.name, current: before, changed: after });
    }
  }
  return { entries, patients: patientsInWindow, ...summarisePreview(withAlerts) };
}

/**
 * What the alert rules would have raised over the last PREVIEW_DAYS days with one rule changed
 * as the admin entered it, next to what the rules in force raise: each check-in with the
 * patient's own days before it, and each day of silence as the daily sweep sees it. Nothing is
 * stored; the preview is audited, as it reads every patient's check-ins.
 */
export async function previewRules(admin: Actor, kind: RuleKind, input: RuleInput, now = new Date()): Promise<PreviewResult> {
  const event = ruleEvent("rule.preview", kind);
  if (!(await adminOrAudited(admin, event))) return failure(ADMINS_ONLY);
  const parsed = parseRuleInput(kind, input);
  if (!parsed.ok) return parsed;
  const current = await loadRules();
  const replay = await replayRules(current, { ...current, [kind]: parsed.data }, kind, now);
  await recordAudit(admin, event);
  return { ok: true, data: { kind, days: PREVIEW_DAYS, ...replay } };
}
