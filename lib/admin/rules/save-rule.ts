import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alertRules, users } from "@/db/schema";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { type ActionResult, failure } from "@/lib/forms/action-result";
import { RULE_KINDS, type RuleKind } from "@/lib/risk/rule-kinds";
import { readRulesConfig, type RulesConfig } from "@/lib/risk/rule-parameters";
import { parseRuleInput, type RuleInput } from "./rule-input";

export const ADMINS_ONLY = "Only an active admin can change the alert rules.";

/** Each rule as the admin's screen shows it: the settings in force and where they come from. */
export type AdminRule<K extends RuleKind = RuleKind> = {
  kind: K;
  rule: RulesConfig[K];
  /** Whether an admin's change is stored (false: the defaults, as shipped). */
  changed: boolean;
  /** A stored change that no longer validates: the rule runs with its defaults until saved again. */
  unreadable: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
};

export const ruleEvent = (action: string, kind: RuleKind): Omit<AuditEvent, "outcome"> => ({ action, targetType: `alert_rule:${kind}` });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Every rule with the settings in force, in the order admins see them; null (audited) for anyone but an active admin. */
export async function rulesForAdmin(admin: Actor): Promise<AdminRule[] | null> {
  if (!(await adminOrAudited(admin, { action: "rules.view", targetType: "alert_rule" }))) return null;
  const rows = await getDb()
    .select({
      kind: alertRules.kind,
      enabled: alertRules.enabled,
      parameters: alertRules.parameters,
      updatedAt: alertRules.updatedAt,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(alertRules)
    .leftJoin(users, eq(users.id, alertRules.updatedBy));
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  // The same reading the check-ins use, so the screen shows exactly what runs.
  const stored = Object.fromEntries(
    rows.map((row) => {
      const parameters = parseJson(row.parameters);
      return [row.kind, typeof parameters === "object" && parameters !== null ? { ...parameters, enabled: row.enabled } : null];
    }),
  );
  const { rules, invalid } = readRulesConfig(stored);
  return RULE_KINDS.map((kind) => {
    const row = byKind.get(kind);
    return {
      kind,
      rule: rules[kind],
      changed: row !== undefined,
      unreadable: invalid.includes(kind),
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.firstName ? `${row.firstName} ${row.lastName}` : null,
    };
  });
}

/**
 * Validates a rule's settings as the admin entered them (the phrases as text, one per line) and
 * stores them for every check-in from now on. Nothing is stored when any field is refused.
 */
export async function saveRule<K extends RuleKind>(admin: Actor, kind: K, input: RuleInput): Promise<ActionResult<RulesConfig[K]>> {
  const event = ruleEvent("rule.update", kind);
  if (!(await adminOrAudited(admin, event))) return failure(ADMINS_ONLY);
  const parsed = parseRuleInput(kind, input);
  if (!parsed.ok) return parsed;
  const { enabled, ...parameters } = parsed.data;
  const row = { enabled, parameters: JSON.stringify(parameters), updatedBy: admin.id };
  await getDb().transaction(async (tx) => {
    await tx
      .insert(alertRules)
      .values({ kind, ...row })
      .onDuplicateKeyUpdate({ set: { ...row, updatedAt: new Date() } });
    await recordAudit(admin, event, tx);
  });
  return { ok: true, data: parsed.data };
}

/** Puts a rule back to its defaults (as shipped, and as they may change in later versions). */
export async function resetRule(admin: Actor, kind: RuleKind): Promise<boolean> {
  const event = ruleEvent("rule.reset", kind);
  if (!(await adminOrAudited(admin, event))) return false;
  await getDb().transaction(async (tx) => {
    await tx.delete(alertRules).where(eq(alertRules.kind, kind));
    await recordAudit(admin, event, tx);
  });
  return true;
}
