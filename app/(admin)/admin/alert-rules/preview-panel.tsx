import type { RulesPreview } from "@/lib/admin/rules/preview-rules";
import type { PatientCount, TopPatients } from "@/lib/admin/rules/preview-summary";
import type { RuleKind } from "@/lib/risk/rule-kinds";

/** A rule as the table names it, in the order admins see the rules. */
export type RuleName = { kind: RuleKind; label: string };

const cellBase = "border-b border-calm-100 px-1.5 py-1.5 sm:px-2";
const cell = `${cellBase} text-right tabular-nums`;
const ruleCell = `${cellBase} text-left`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/** What the change would have done over the last 30 days, next to the rules in force. */
export function PreviewPanel(props: { kind: RuleKind; label: string; rules: RuleName[]; days: number; preview: RulesPreview | null; pending: boolean; stale: boolean }) {
  const { kind, label, rules, days, preview, pending, stale } = props;
  const headingId = `preview-${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 self-start rounded-lg bg-calm-50 p-3 sm:p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        Preview: the last {days} days<span className="sr-only">, {label}</span>
      </h3>
      <div role="status" className="flex flex-col gap-2">
        {pending ? (
          <p>Running the rules over every check-in of the last {days} days…</p>
        ) : preview ? (
          <p className="font-medium">
            With the change: {plural(preview.changed.total, "alert")}. With the rules now: {plural(preview.current.total, "alert")}.
          </p>
        ) : (
          <p className="text-muted">Change the settings and press Preview to see what they would have raised. Nothing is saved until you press Save.</p>
        )}
        {stale && !pending && <p className="font-medium text-warn">The form has changed since this preview: press Preview again to update it.</p>}
      </div>
      {preview && !pending && <PreviewResult preview={preview} rules={rules} />}
    </section>
  );
}

function PreviewResult({ preview, rules }: { preview: RulesPreview; rules: RuleName[] }) {
  const { current, changed } = preview;
  const captionId = `preview-${preview.kind}-caption`;
  return (
    <>
      <p className="text-sm text-muted">
        Replayed over {plural(preview.entries, "check-in")} from {plural(preview.patients, "patient")}, each with the patient&apos;s own days
        before it{preview.kind === "silence" || current.byRule.silence + changed.byRule.silence > 0 ? ", and each day's silence as the daily check saw it" : ""}.
      </p>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-md border border-calm-200 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption id={captionId} className="sr-only">
            Alerts by rule, now and with the change
          </caption>
          <thead>
            <tr>
              <th scope="col" className={ruleCell}>
                Rule
              </th>
              <th scope="col" className={cell}>
                Now
              </th>
              <th scope="col" className={cell}>
                With change
              </th>
              <th scope="col" className={cell}>
                {/* A phone has room for the sign only; screen readers always hear the word. */}
                <span aria-hidden="true" className="sm:hidden">
                  ±
                </span>
                <span className="max-sm:sr-only">Difference</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map(({ kind: rule, label }) => (
              <tr key={rule} className={rule === preview.kind ? "bg-calm-100 font-semibold" : undefined}>
                <th scope="row" className={`${ruleCell} font-normal`}>
                  {label}
                  {rule === preview.kind && <span className="sr-only"> (the rule changed)</span>}
                </th>
                <td className={cell}>{current.byRule[rule]}</td>
                <td className={cell}>{changed.byRule[rule]}</td>
                <td className={cell}>{signed(changed.byRule[rule] - current.byRule[rule])}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className={ruleCell}>
                All rules
              </th>
              <td className={cell}>{current.total}</td>
              <td className={cell}>{changed.total}</td>
              <td className={cell}>{signed(changed.total - current.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Patients title="More alerts with the change" patients={preview.more} unit="more" empty="Nobody would get more alerts." />
      <Patients title="Fewer alerts with the change" patients={preview.fewer} unit="fewer" empty="Nobody would get fewer alerts." />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <Patients title="Alerted now" patients={current.patients} empty="No alerts." />
        <Patients title="Alerted with the change" patients={changed.patients} empty="No alerts." />
      </div>
    </>
  );
}

function Patients({ title, patients, unit, empty }: { title: string; patients: TopPatients; unit?: string; empty: string }) {
  return (
    <div className="min-w-0">
      <h4 className="font-semibold">{title}</h4>
      {patients.shown.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="text-sm">
          {patients.shown.map((p) => (
            <li key={p.patientId} className="break-words">
              {p.name}: <PatientCountText patient={p} unit={unit} />
            </li>
          ))}
          {patients.more > 0 && <li className="text-muted">and {plural(patients.more, "more patient")}</li>}
        </ul>
      )}
    </div>
  );
}

function PatientCountText({ patient, unit }: { patient: PatientCount; unit?: string }) {
  return <>{unit ? `${patient.count} ${unit}` : plural(patient.count, "alert")}</>;
}
