import { and, count, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { alerts } from "@/db/schema";
import { UNRESOLVED_STATUSES } from "@/lib/risk/alert-view";

export type AlertCounts = {
  /** Open or acknowledged: some patient still needs their psychiatrist. */
  unresolved: number;
  /** Escalated to the admins and still not acknowledged by anyone. */
  escalatedUnacknowledged: number;
};

export type AcknowledgementTimes = {
  /** The median wait from raising to acknowledging, in milliseconds; null when none was acknowledged. */
  medianMs: number | null;
  acknowledged: number;
  /** Raised in the same window and still waiting to be acknowledged: the median leaves them out. */
  waiting: number;
};

/** Unresolved alerts and the escalated ones nobody has acknowledged: one read of the unresolved part of the (status, created_at) index. */
export async function alertCounts(): Promise<AlertCounts> {
  const rows = await getDb()
    .select({ status: alerts.status, n: count(), escalated: sql<string | number | null>`sum(${alerts.escalatedAt} is not null)` })
    .from(alerts)
    .where(inArray(alerts.status, [...UNRESOLVED_STATUSES]))
    .groupBy(alerts.status);
  const open = rows.find((row) => row.status === "open");
  return {
    unresolved: rows.reduce((sum, row) => sum + Number(row.n), 0),
    escalatedUnacknowledged: Number(open?.escalated ?? 0),
  };
}

const wait = sql`timestampdiff(microsecond, ${alerts.createdAt}, ${alerts.acknowledgedAt})`;

/**
 * The median wait from raising to acknowledging over the alerts raised since `since`, in SQL:
 * the acknowledged (and resolved, which were acknowledged first) alerts of the window, read along
 * the (status, created_at) index, numbered by their wait; the middle one, or the mean of the
 * middle two. Window functions are in MySQL 8 and MariaDB 10.2 alike. (Exported for EXPLAIN.)
 */
export function medianAcknowledgeSql(since: Date): SQL {
  return sql`select avg(t.wait) / 1000 as median_ms, max(t.n) as acknowledged from (
    select ${wait} as wait, row_number() over (order by ${wait}) as rn, count(*) over () as n
    from ${alerts}
    where ${alerts.status} in (${"acknowledged"}, ${"resolved"}) and ${alerts.createdAt} >= ${since} and ${alerts.acknowledgedAt} is not null
  ) as t where t.rn in (floor((t.n + 1) / 2), ceil((t.n + 1) / 2))`;
}

export async function acknowledgementTimes(since: Date): Promise<AcknowledgementTimes> {
  const [[median], [{ waiting }]] = await Promise.all([
    getDb()
      .execute(medianAcknowledgeSql(since))
      .then(([rows]) => rows as unknown as { median_ms: string | number | null; acknowledged: string | number | null }[]),
    getDb()
      .select({ waiting: count() })
      .from(alerts)
      .where(and(eq(alerts.status, "open"), gte(alerts.createdAt, since))),
  ]);
  return {
    medianMs: median.median_ms === null ? null : Math.round(Number(median.median_ms)),
    acknowledged: Number(median.acknowledged ?? 0),
    waiting: Number(waiting),
  };
}
