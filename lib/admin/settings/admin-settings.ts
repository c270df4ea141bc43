import { getDb } from "@/db/client";
import { type Actor, type AuditEvent, recordAudit } from "@/lib/audit/record-audit";
import { adminOrAudited } from "@/lib/auth/admin-or-audited";
import { type ActionResult, failure } from "@/lib/forms/action-result";
import { saveSetting, type ServiceSettings, type SettingKey, serviceSettings } from "@/lib/settings/service-settings";
import { parseSettingInput, type SettingInput } from "./setting-input";

export const ADMINS_ONLY = "Only an active admin can change the service's settings.";

const settingEvent = (key: SettingKey): Omit<AuditEvent, "outcome"> => ({ action: "setting.update", targetType: `setting:${key}` });

/** Every setting as it stands (stored, or its default); null (audited) for anyone but an active admin. */
export async function settingsForAdmin(admin: Actor): Promise<ServiceSettings | null> {
  if (!(await adminOrAudited(admin, { action: "settings.view", targetType: "setting" }))) return null;
  return serviceSettings();
}

/**
 * Validates one setting as the admin entered it and stores it, with its audit row, in one
 * transaction. Nothing is stored when any field is refused.
 */
export async function saveServiceSetting<K extends SettingKey>(admin: Actor, key: K, input: SettingInput): Promise<ActionResult<ServiceSettings[K]>> {
  const event = settingEvent(key);
  if (!(await adminOrAudited(admin, event))) return failure(ADMINS_ONLY);
  const parsed = parseSettingInput(key, input);
  if (!parsed.ok) return parsed;
  await getDb().transaction(async (tx) => {
    await saveSetting(key, parsed.data, admin.id, tx);
    await recordAudit(admin, event, tx);
  });
  return { ok: true, data: parsed.data };
}
