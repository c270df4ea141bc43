import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Moment } from "@/components/moment";
import { ruleFormValues } from "@/lib/admin/rules/rule-input";
import { PREVIEW_DAYS } from "@/lib/admin/rules/replay-alerts";
import { type AdminRule, rulesForAdmin } from "@/lib/admin/rules/save-rule";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { MOODS } from "@/lib/moods/scale";
import { RULE_KINDS, RULE_LABELS, type RuleKind } from "@/lib/risk/rule-kinds";
import { DEFAULT_RULES } from "@/lib/risk/rule-parameters";
import { resetRuleAction } from "./actions";
import { type RuleNotice, ruleNoticeFrom } from "./notice";
import { RULE_DESCRIPTIONS, RULE_FIELDS, type RuleField } from "./rule-fields";
import { RuleForm } from "./rule-form";

export const metadata: Metadata = { title: "Alert rules" };

type Params = { saved?: string; reset?: string };

const RULE_NAMES = RULE_KINDS.map((kind) => ({ kind, label: RULE_LABELS[kind] }));

/** Each field's hint ending with its default: "Default: 3", or "Default: Very low" for a mood (the phrase list is too long to quote). */
function withDefaults(kind: RuleKind): RuleField[] {
  return RULE_FIELDS[kind].map((field) => {
    if (field.type === "phrases") return field;
    const value = (DEFAULT_RULES[kind] as Record<string, unknown>)[field.name] as number;
    const shown = field.type === "mood" ? (MOODS.find((m) => m.value === value)?.word ?? value) : value;
    return { ...field, hint: `${field.hint} Default: ${shown}.` };
  });
}

export default async function AlertRulesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const rules = await rulesForAdmin({ id: me.id, ip });
  if (!rules) forbidden();
  const notice = ruleNoticeFrom(params);
  return (
    <section className="flex flex-col gap-6">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Alert rules</h1>
        <p className="max-w-3xl text-muted">
          The rules decide when a psychiatrist is alerted about a patient. A change applies from the moment it is saved; alerts already raised
          stay as they are. Before saving, Preview runs the changed rule over the last {PREVIEW_DAYS} days of check-ins and shows how many
          alerts it would have raised, and for whom, next to the rules in force.
        </p>
      </div>
      <ul aria-label="Rules" className="flex flex-col gap-6">
        {rules.map((rule) => (
          <li key={rule.kind}>
            <RuleCard rule={rule} timeZone={me.timezone} notice={notice?.kind === rule.kind ? notice : null} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RuleCard({ rule, timeZone, notice }: { rule: AdminRule; timeZone: string; notice: RuleNotice | null }) {
  const label = RULE_LABELS[rule.kind];
  const headingId = `rule-${rule.kind}-heading`;
  // The form starts afresh whenever what is stored changes (a save or a reset).
  const version = rule.updatedAt?.getTime() ?? "default";
  return (
    <article id={`rule-${rule.kind}`} aria-labelledby={headingId} className="flex scroll-mt-4 flex-col gap-4 rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {label}
        </h2>
        <p className={`rounded-full border px-2.5 py-0.5 text-sm font-semibold ${rule.rule.enabled ? "border-calm-700 text-calm-800" : "border-muted text-muted"}`}>
          <span className="sr-only">Status: </span>
          {rule.rule.enabled ? "On" : "Off"}
        </p>
      </div>
      <p className="max-w-3xl">{RULE_DESCRIPTIONS[rule.kind]}</p>
      {notice && (
        <p role="status" className="rounded-md border border-calm-600 bg-calm-50 px-4 py-3 font-medium text-calm-800">
          {notice.what === "saved" ? "Saved. Check-ins are assessed with these settings from now on." : "Back to the defaults MiWell ships with."}
        </p>
      )}
      {rule.unreadable && (
        <p className="rounded-md border border-warn bg-red-50 px-4 py-3 text-warn">
          The stored settings for this rule could not be read, so it runs with its defaults (shown below) until it is saved again.
        </p>
      )}
      <RuleForm
        key={version}
        kind={rule.kind}
        label={label}
        values={ruleFormValues(rule.rule)}
        fields={withDefaults(rule.kind)}
        rules={RULE_NAMES}
        days={PREVIEW_DAYS}
      />
      <div className="flex flex-col gap-2 border-t border-calm-100 pt-3 text-sm text-muted sm:flex-row sm:items-start sm:justify-between">
        <p>
          {rule.changed ? (
            <>
              Changed <ChangedAt rule={rule} timeZone={timeZone} />
            </>
          ) : (
            "The defaults MiWell ships with."
          )}
        </p>
        {rule.changed && <ResetForm kind={rule.kind} label={label} />}
      </div>
    </article>
  );
}

function ChangedAt({ rule, timeZone }: { rule: AdminRule; timeZone: string }) {
  return (
    <>
      {rule.updatedAt && <Moment at={rule.updatedAt} timeZone={timeZone} />}
      {rule.updatedBy ? ` by ${rule.updatedBy}` : ""}.
    </>
  );
}

/** Behind a disclosure, so a long phrase list is not thrown away by one stray click. */
function ResetForm({ kind, label }: { kind: string; label: string }) {
  return (
    <details className="sm:text-right">
      <summary className="cursor-pointer font-medium text-calm-700 underline underline-offset-2">Reset to defaults…</summary>
      <form action={resetRuleAction} className="mt-2 flex flex-col gap-2 sm:items-end">
        <input type="hidden" name="kind" value={kind} />
        <p>The settings shown here are replaced by the ones MiWell ships with.</p>
        <button type="submit" className="rounded-md border border-warn bg-white px-3 py-1.5 font-medium text-warn hover:bg-red-50">
          Reset to defaults<span className="sr-only"> {label}</span>
        </button>
      </form>
    </details>
  );
}
