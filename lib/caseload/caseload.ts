import { and, between, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alerts, moodEntries, patients, users } from "@/db/schema";
import { type Actor, recordAudit } from "@/lib/audit/record-audit";
import { type LocalDate, localDate } from "@/lib/moods/local-date";
import { caseloadUnreviewed } from "@/lib/review/caseload-unreviewed";
import { isUnresolved } from "@/lib/risk/alert-view";
import { LOW_MOOD_AT_MOST } from "./caseload-attention";
import { CASELOAD_PAGE_SIZE, type CaseloadOptions, type CaseloadQuery, type Direction, resolveOptions, type SortKey } from "./caseload-options";
import { sevenDayTrend, type TrendDay, trendRange } from "./caseload-trend";

export type { SortKey } from "./caseload-options";

export type CaseloadRow = {
  id: number;
  firstName: string;
  lastName: string;
  /** The patient's own calendar day now. */
  today: LocalDate;
  lastCheckIn: { date: LocalDate; mood: number } | null;
  /** The seven days ending on the patient's today, oldest first. */
  trend: TrendDay[];
  unreviewed: number;
  /** Unreviewed entries at Low or below (see LOW_MOOD_AT_MOST). */
  unreviewedLow: number;
  /** Alerts still open or acknowledged: while there is one, the patient requires assistance. */
  unresolvedAlerts: number;
  /** Whole days from the last check-in to the patient's today; null if they never checked in. */
  daysSinceCheckIn: number | null;
};

export type Caseload = { rows: CaseloadRow[]; page: number; pageCount: number; total: number; query: CaseloadQuery };

// More days than any real silence: a patient who never checked in sorts as the most silent.
const NEVER = 2_147_483_647;

/**
 * How many unresolved alerts the row's patient (patients.user_id) has: a short range of the
 * alerts_patient_status index for each patient.
 */
const UNRESOLVED_ALERTS: SQL<number> = sql<number>`(select count(*) from ${alerts} where ${alerts.patientId} = ${patients.userId} and ${isUnresolved})`;

/** `LIKE` matching the text anywhere, with the pattern's own wildcards taken literally. */
function nameContains(search: string): SQL | undefined {
  if (!search) return undefined;
  const pattern = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  // The database's collation (utf8mb4_unicode_ci) makes the match case-insensitive.
  return sql`concat_ws(' ', ${users.firstName}, ${users.lastName}) like ${pattern} escape '!'`;
}

/** The calendar day now in each zone; a zone this server does not know is read as UTC. */
function todaysByZone(zones: readonly string[], now: Date): Map<string, LocalDate> {
  return new Map(
    zones.map((zone) => {
      try {
        return [zone, localDate(now, zone)];
      } catch {
        return [zone, localDate(now, "UTC")];
      }
    }),
  );
}

/**
 * One page of this psychiatrist's own patients, with what tells them who needs them first.
 * Whatever the caseload's size it costs four statements: the count (by time zone), the ordered
 * page, the page's last seven days, and the audit row. Every per-patient figure the order needs
 * is read from an index of mood_entries alone (the caseload's unreviewed entries summed per
 * patient in one pass, one step back to each patient's latest day), so the whole caseload is
 * ordered in SQL and a page past the first is still right.
 */
export async function caseload(psychiatrist: Actor, options: CaseloadOptions = {}, now = new Date()): Promise<Caseload> {
  const query = resolveOptions(options);
  const [result] = await Promise.all([readCaseload(psychiatrist.id, query, now), recordAudit(psychiatrist, { action: "caseload.view" })]);
  return result;
}

async function readCaseload(psychiatristId: number, query: CaseloadQuery, now: Date): Promise<Caseload> {
  const db = getDb();
  const scope = and(eq(patients.psychiatristId, psychiatristId), nameContains(query.search));

  // The zones are needed to know each patient's today, which days of silence depend on.
  const zones = await db
    .select({ timezone: users.timezone, patients: count() })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(scope)
    .groupBy(users.timezone);
  const total = zones.reduce((sum, z) => sum + Number(z.patients), 0);
  const pageCount = Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const resolved = { ...query, page };
  if (total === 0) return { rows: [], page, pageCount, total, query: resolved };

  const todays = todaysByZone(
    zones.map((z) => z.timezone),
    now,
  );
  const todayOfPatient = sql`cast(case ${users.timezone} ${sql.join(
    [...todays].map(([zone, today]) => sql`when ${zone} then ${today}`),
    sql` `,
  )} end as date)`;

  // The latest entry is one step back along (patient, day). Named, because the optimizer
  // otherwise prefers the covering unreviewed index and reads all of a year's entries.
  const latestEntry = sql`from ${moodEntries} force index (mood_entries_patient_date) where ${moodEntries.patientId} = ${patients.userId} order by ${moodEntries.entryDate} desc limit 1`;
  const low = sql`${moodEntries.mood} <= ${LOW_MOOD_AT_MOST}`;
  // Every unreviewed entry of the caseload in one pass of the covering index, summed per patient.
  const waiting = db
    .select({
      patientId: sql<number>`${moodEntries.patientId}`.as("waiting_patient_id"),
      unreviewed: sql<number>`count(*)`.as("waiting_unreviewed"),
      unreviewedLow: sql<number>`sum(${low})`.as("waiting_unreviewed_low"),
      latestUnreviewedLow: sql<string | null>`max(case when ${low} then ${moodEntries.entryDate} end)`.as("waiting_latest_low"),
    })
    .from(patients)
    .innerJoin(moodEntries, eq(moodEntries.patientId, patients.userId))
    .where(caseloadUnreviewed(psychiatristId))
    .groupBy(moodEntries.patientId)
    .as("waiting");

  const figures = db
    .select({
      id: sql<number>`${patients.userId}`.as("id"),
      firstName: sql<string>`${users.firstName}`.as("first_name"),
      lastName: sql<string>`${users.lastName}`.as("last_name"),
      today: sql<string>`${todayOfPatient}`.as("today"),
      lastDate: sql<string | null>`(select ${moodEntries.entryDate} ${latestEntry})`.as("last_date"),
      unreviewed: sql<number>`coalesce(${waiting.unreviewed}, 0)`.as("unreviewed"),
      unreviewedLow: sql<number>`coalesce(${waiting.unreviewedLow}, 0)`.as("unreviewed_low"),
      latestUnreviewedLow: sql<string | null>`${waiting.latestUnreviewedLow}`.as("latest_unreviewed_low"),
      unresolvedAlerts: sql<number>`${UNRESOLVED_ALERTS}`.as("unresolved_alerts"),
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .leftJoin(waiting, eq(waiting.patientId, patients.userId))
    .where(scope)
    // A derived table with a LIMIT is materialised, not merged: merged, every subquery above
    // would run again for the ORDER BY, doubling the cost of a large caseload.
    .limit(Number.MAX_SAFE_INTEGER)
    .as("t");

  // A column of the derived table, by name: drizzle leaves aliased fields empty in ORDER BY.
  const t = (column: string) => sql`${sql.identifier("t")}.${sql.identifier(column)}`;
  const silence = sql`(case when ${t("last_date")} is null then null else greatest(0, datediff(${t("today")}, ${t("last_date")})) end)`;
  const rows = await db
    .select({
      id: figures.id,
      firstName: figures.firstName,
      lastName: figures.lastName,
      today: figures.today,
      lastDate: figures.lastDate,
      // That day's mood for the page's rows only: the select list is worked out after the sort
      // and the LIMIT, so it is one lookup for each of 25 rows rather than for the whole caseload.
      lastMood: sql<number | null>`(select ${moodEntries.mood} from ${moodEntries} where ${moodEntries.patientId} = ${t("id")} and ${moodEntries.entryDate} = ${t("last_date")})`,
      unreviewed: figures.unreviewed,
      unreviewedLow: figures.unreviewedLow,
      unresolvedAlerts: figures.unresolvedAlerts,
      silence: sql<number | null>`${silence}`,
    })
    .from(figures)
    .orderBy(
      ...orderFor(query.sort, query.direction, {
        id: t("id"),
        firstName: t("first_name"),
        lastName: t("last_name"),
        lastDate: t("last_date"),
        unreviewed: t("unreviewed"),
        unreviewedLow: t("unreviewed_low"),
        latestUnreviewedLow: t("latest_unreviewed_low"),
        unresolvedAlerts: t("unresolved_alerts"),
        silence,
      }),
    )
    .limit(CASELOAD_PAGE_SIZE)
    .offset((page - 1) * CASELOAD_PAGE_SIZE);

  const moods = await recentMoods(
    rows.map((r) => Number(r.id)),
    rows.map((r) => r.today),
  );
  return {
    rows: rows.map((r) => {
      const id = Number(r.id);
      return {
        id,
        firstName: r.firstName,
        lastName: r.lastName,
        today: r.today,
        lastCheckIn: r.lastDate === null || r.lastMood === null ? null : { date: r.lastDate, mood: Number(r.lastMood) },
        trend: sevenDayTrend(r.today, moods.get(id) ?? new Map()),
        unreviewed: Number(r.unreviewed),
        unreviewedLow: Number(r.unreviewedLow),
        unresolvedAlerts: Number(r.unresolvedAlerts),
        daysSinceCheckIn: r.silence === null ? null : Number(r.silence),
      };
    }),
    page,
    pageCount,
    total,
    query: resolved,
  };
}

type Columns = Record<"id" | "firstName" | "lastName" | "lastDate" | "unreviewed" | "unreviewedLow" | "latestUnreviewedLow" | "unresolvedAlerts" | "silence", SQL>;

/** Orders on nullable columns, with "nothing" at the end a descending order ends with. */
function orderOf(column: SQL, direction: Direction, nulls: "low" | "none" = "none"): SQL[] {
  const dir = direction === "asc" ? sql`asc` : sql`desc`;
  if (nulls === "none") return [sql`${column} ${dir}`];
  // Nulls sort as the lowest value: first ascending, last descending.
  return [sql`(${column} is null) ${direction === "asc" ? sql`desc` : sql`asc`}`, sql`${column} ${dir}`];
}

/**
 * The ORDER BY for a view. Every order ends on the name and then the id, so equal rows keep
 * one order and pages neither repeat nor skip anyone.
 *
 * "attention", the default: unresolved alerts (the patient requires assistance), then the patient whose latest unreviewed low mood is
 * the most recent (the newest worry first, rather than the longest backlog), then how many low
 * moods wait for review, then the longest silence, a patient who never checked in counting as
 * the most silent.
 */
function orderFor(sort: SortKey, direction: Direction, c: Columns): SQL[] {
  const byName = [sql`${c.lastName} asc`, sql`${c.firstName} asc`, sql`${c.id} asc`];
  const silenceKey = sql`coalesce(${c.silence}, ${NEVER})`;
  const attention = [
    ...orderOf(c.unresolvedAlerts, direction),
    ...orderOf(c.latestUnreviewedLow, direction, "low"),
    ...orderOf(c.unreviewedLow, direction),
    ...orderOf(silenceKey, direction),
  ];
  switch (sort) {
    case "name": {
      const dir = direction === "asc" ? sql`asc` : sql`desc`;
      return [sql`${c.lastName} ${dir}`, sql`${c.firstName} ${dir}`, sql`${c.id} ${dir}`];
    }
    case "lastCheckIn":
      return [...orderOf(c.lastDate, direction, "low"), ...byName];
    case "unreviewed":
      return [...orderOf(c.unreviewed, direction), ...orderOf(c.unreviewedLow, direction), ...byName];
    case "silence":
      return [...orderOf(silenceKey, direction), ...byName];
    case "attention":
      return [...attention, ...byName];
  }
}

/** Each listed patient's moods over the dates that hold all their last seven days, by patient and date. */
async function recentMoods(patientIds: number[], todays: LocalDate[]): Promise<Map<number, Map<LocalDate, number>>> {
  const range = trendRange(todays);
  const result = new Map<number, Map<LocalDate, number>>();
  if (!range || patientIds.length === 0) return result;
  // Read along the (patient_id, entry_date) unique index: a short range for each listed patient.
  const entries = await getDb()
    .select({ patientId: moodEntries.patientId, date: moodEntries.entryDate, mood: moodEntries.mood })
    .from(moodEntries)
    .where(and(inArray(moodEntries.patientId, patientIds), between(moodEntries.entryDate, range.from, range.to)));
  for (const e of entries) {
    const days = result.get(e.patientId) ?? new Map<LocalDate, number>();
    days.set(e.date, e.mood);
    result.set(e.patientId, days);
  }
  return result;
}
