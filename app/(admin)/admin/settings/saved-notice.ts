import { isSettingKey } from "@/lib/admin/settings/setting-input";
import type { SettingKey } from "@/lib/settings/service-settings";

/** The settings page after a save, scrolled to the setting saved. */
export function settingsHref(saved: SettingKey): string {
  return `/admin/settings?saved=${saved}#setting-${saved}`;
}

/** The setting just saved, read back from the address (anything else there is ignored). */
export function savedSettingFrom(value: string | undefined): SettingKey | null {
  return isSettingKey(value) ? value : null;
}
