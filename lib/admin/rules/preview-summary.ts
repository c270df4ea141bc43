import { RULE_KINDS } from "@/lib/risk/rule-kinds";
import { noAlerts, type RuleCounts, totalOf } from "./replay-alerts";

// Adds up a preview's replay, patient by patient, into what the admin reads. Pure.

/** Patients named in a preview, the most alerts first; the rest are counted, not named. */
export const TOP_PATIENTS = 20;

export type PatientAlerts = { patientId: number; name: string; current: RuleCounts; changed: RuleCounts };

export type PatientCount = { patientId: number; name: string; count: number };

/** The first TOP_PATIENTS patients, and how many more there are ("and 12 more"). */
export type TopPatients = { shown: PatientCount[]; more: number };

export type AlertTally = { total: number; byRule: RuleCounts; patients: TopPatients };

export type PreviewSummary = {
  current: AlertTally;
  changed: AlertTally;
  /** Patients the change gives more alerts, with how many more. */
  more: TopPatients;
  /** Patients the change spares alerts, with how many fewer. */
  fewer: TopPatients;
};

// Most first; then by name, so the list reads the same every time.
const byCount = (a: PatientCount, b: PatientCount) => b.count - a.count || a.name.localeCompare(b.name) || a.patientId - b.patientId;

export function topPatients(counts: PatientCount[], limit = TOP_PATIENTS): TopPatients {
  const named = counts.filter((p) => p.count > 0).sort(byCount);
  return { shown: named.slice(0, limit), more: Math.max(0, named.length - limit) };
}

function tally(patients: readonly PatientAlerts[], which: "current" | "changed"): AlertTally {
  const byRule = noAlerts();
  for (const patient of patients) for (const kind of RULE_KINDS) byRule[kind] += patient[which][kind];
  const counts = patients.map(({ patientId, name, ...alerts }) => ({ patientId, name, count: totalOf(alerts[which]) }));
  return { total: totalOf(byRule), byRule, patients: topPatients(counts) };
}

export function summarisePreview(patients: readonly PatientAlerts[]): PreviewSummary {
  const differences = patients.map(({ patientId, name, current, changed }) => ({ patientId, name, count: totalOf(changed) - totalOf(current) }));
  return {
    current: tally(patients, "current"),
    changed: tally(patients, "changed"),
    more: topPatients(differences),
    fewer: topPatients(differences.map((p) => ({ ...p, count: -p.count }))),
  };
}
