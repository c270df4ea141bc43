import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database, type Transaction } from "@/db/client";
import { settings } from "@/db/schema";
import { timeOfDay } from "@/lib/accounts/schemas";
import { crisisLinesSchema, DEFAULT_CRISIS_LINES } from "./crisis-line-schema";

const HOURS = "Give the deadline in hours, from 0.25 (a quarter of an hour) to 72";

// Each setting: its schema (the admin form validates with it) and the default a missing row means.
export const SETTING_SCHEMAS = {
  escalationHours: z.number({ error: HOURS }).min(0.25, HOURS).max(72, HOURS),
  alertEmailDetail: z.enum(["full", "minimal"], { error: "Choose how much the alert email says" }),
  defaultReminderTime: timeOfDay,
  crisisLines: crisisLinesSchema,
  // "required": psychiatrists and admins must set up two-factor sign-in before any staff page.
  staffTwoFactor: z.enum(["optional", "required"], { error: "Choose whether staff must use two-factor sign-in" }),
} as const;

export type ServiceSettings = { [K in keyof typeof SETTING_SCHEMAS]: z.infer<(typeof SETTING_SCHEMAS)[K]> };
export type SettingKey = keyof ServiceSettings;

export const DEFAULT_SETTINGS: ServiceSettings = {
  escalationHours: 4,
  alertEmailDetail: "full",
  defaultReminderTime: "19:00",
  crisisLines: DEFAULT_CRISIS_LINES,
  staffTwoFactor: "optional",
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

/** One setting now: its stored value, or its default. */
export async function serviceSetting<K extends SettingKey>(key: K, db: Database | Transaction = getDb()): Promise<ServiceSettings[K]> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).limit(1);
  return readValue(key, row?.value);
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
