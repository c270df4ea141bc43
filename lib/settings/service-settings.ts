import { inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database, type Transaction } from "@/db/client";
import { settings } from "@/db/schema";
import { timeOfDay } from "@/lib/accounts/schemas";

// Each setting: its schema (the admin form validates with it) and the default a missing row means.
export const SETTING_SCHEMAS = {
  escalationHours: z.number().min(0.25, "At least a quarter of an hour.").max(72, "At most 72 hours."),
  alertEmailDetail: z.enum(["full", "minimal"]),
  defaultReminderTime: timeOfDay,
} as const;

export type ServiceSettings = { [K in keyof typeof SETTING_SCHEMAS]: z.infer<(typeof SETTING_SCHEMAS)[K]> };
export type SettingKey = keyof ServiceSettings;

export const DEFAULT_SETTINGS: ServiceSettings = {
  escalationHours: 4,
  alertEmailDetail: "full",
  defaultReminderTime: "19:00",
};

const KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Parses one stored value; a value that no longer fits its schema reads as the default. */
function readValue<K extends SettingKey>(key: K, stored: string | undefined): ServiceSettings[K] {
  if (stored === undefined) return DEFAULT_SETTINGS[key];
  try {
    const parsed = SETTING_SCHEMAS[key].safeParse(JSON.parse(stored));
    return parsed.success ? (parsed.data as ServiceSettings[K]) : DEFAULT_SETTINGS[key];
  } catch {
    return DEFAULT_SETTINGS[key];
  }
}

/** The service's settings now: stored values over the defaults. */
export async function serviceSettings(db: Database | Transaction = getDb()): Promise<ServiceSettings> {
  const rows = await db.select().from(settings).where(inArray(settings.key, KEYS));
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  return Object.fromEntries(KEYS.map((key) => [key, readValue(key, stored.get(key))])) as ServiceSettings;
}

/** Stores one setting after validating it; throws on a value its schema refuses. */
export async function saveSetting<K extends SettingKey>(
  key: K,
  value: ServiceSettings[K],
  updatedBy: number | null,
  db: Database | Transaction = getDb(),
): Promise<void> {
  const json = JSON.stringify(SETTING_SCHEMAS[key].parse(value));
  await db
    .insert(settings)
    .values({ key, value: json, updatedBy })
    .onDuplicateKeyUpdate({ set: { value: json, updatedBy, updatedAt: new Date() } });
}
