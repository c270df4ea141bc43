"use server";

import { redirect } from "next/navigation";
import { saveServiceSetting } from "@/lib/admin/settings/admin-settings";
import { isSettingKey } from "@/lib/admin/settings/setting-input";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { type ActionResult, failure, formDataToObject, saveOrFailure } from "@/lib/forms/action-result";
import { settingsHref } from "./saved-notice";

/** Stores one setting (named by the form's `setting` field), then shows the page saying so. */
export async function saveSettingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await requireRole("admin");
  const actor = { id: me.id, ip: await requestAddress() };
  const key = form.get("setting");
  if (!isSettingKey(key)) return failure("There is no such setting. Reload the page and try again.");
  const saved = await saveOrFailure(() => saveServiceSetting(actor, key, formDataToObject(form)));
  if (!saved.ok) return saved;
  if (!saved.value.ok) return saved.value;
  redirect(settingsHref(key));
}
