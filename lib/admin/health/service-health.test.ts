import { eq } from "drizzle-orm";
import { MySqlDialect } from "drizzle-orm/mysql-core";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db/client";
import { moodEntries, users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAlert } from "@/lib/testing/alerts";
import { auditTrail } from "@/lib/testing/applications";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { assign } from "@/lib/testing/review";
import { medianAcknowledgeSql } from "./alert-health";
import { checkInsLastDayQuery } from "./check-ins-last-day";
import { serviceHealth } from "./service-health";
import { backlogQuery } from "./unreviewed-by-psychiatrist";

const NOW = new Date("2026-06-15T12:00:00.000Z");
const MIN = 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

async function entry(patientId: number, entryDate: string, createdAt: Date, reviewed = false): Promise<void> {
  await getDb()
    .insert(moodEntries)
    .values({ patientId, entryDate, mood: 4, createdAt, updatedAt: createdAt, reviewedAt: reviewed ? createdAt : null });
}

describe("the service at a glance", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("is refused to patients, psychiatrists, disabled admins and unknown ids, and each attempt is audited", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const id of [patient, psychiatrist, disabledAdmin, 999_999]) expect(await serviceHealth({ id, ip: "192.0.2.4" }, NOW)).toBeNull();
    expect(await auditTrail()).toEqual(
      [patient, psychiatrist, disabledAdmin, 999_999].map((actorId) => ({ actorId, action: "health.view", outcome: "denied", targetType: "service", targetId: null, patientId: null, ip: "192.0.2.4" })),
    );
  });

  it("says nothing is happening on an empty service", async () => {
    expect(await serviceHealth({ id: admin }, NOW)).toEqual({
      asOf: NOW,
      checkInsLastDay: 0,
      alerts: { unresolved: 0, escalatedUnacknowledged: 0 },
      acknowledgement: { medianMs: null, acknowledged: 0, waiting: 0 },
      backlog: { rows: [], more: false },
      accounts: [{ role: "admin", status: "active", count: 1 }],
    });
  });

  it("gives the median time to acknowledge over alerts raised in the last 30 days", async () => {
    await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const acknowledgedAfter = (minutes: number, raised = ago(2 * DAY), status: "acknowledged" | "resolved" = "acknowledged") =>
      createAlert({ patientId: patient, rule: "low_mood", severity: "high", status, createdAt: raised, acknowledgedAt: new Date(raised.getTime() + minutes * MIN) });

    await acknowledgedAfter(10);
    await acknowledgedAfter(40);
    await acknowledgedAfter(20);
    // Raised before the window: left out, however slow.
    await acknowledgedAfter(600, ago(31 * DAY));
    const three = await serviceHealth({ id: admin }, NOW);
    expect(three!.acknowledgement).toEqual({ medianMs: 20 * MIN, acknowledged: 3, waiting: 0 });

    // With an even number, the mean of the middle two; resolved alerts were acknowledged too.
    await acknowledgedAfter(30, ago(29 * DAY), "resolved");
    // Still open: not in the median, but counted as waiting.
    await createAlert({ patientId: patient, rule: "silence", severity: "moderate", createdAt: ago(3 * HOUR) });
    const four = await serviceHealth({ id: admin }, NOW);
    expect(four!.acknowledgement).toEqual({ medianMs: 25 * MIN, acknowledged: 4, waiting: 1 });
  });

  it("counts unresolved alerts, and the escalated ones nobody has acknowledged yet", async () => {
    await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const alert = (fields: Parameters<typeof createAlert>[0] extends infer F ? Partial<F> : never) =>
      createAlert({ patientId: patient, rule: "low_mood", severity: "high", createdAt: ago(DAY), ...fields });
    await alert({});
    await alert({ escalatedAt: ago(HOUR) });
    await alert({ escalatedAt: ago(2 * HOUR) });
    await alert({ status: "acknowledged", acknowledgedAt: ago(HOUR), escalatedAt: ago(2 * HOUR) });
    await alert({ status: "acknowledged", acknowledgedAt: ago(HOUR) });
    await alert({ status: "resolved", acknowledgedAt: ago(HOUR), resolvedAt: ago(MIN), escalatedAt: ago(2 * HOUR) });
    expect((await serviceHealth({ id: admin }, NOW))!.alerts).toEqual({ unresolved: 5, escalatedUnacknowledged: 2 });
  });

  it("counts check-ins made in the last 24 hours, whatever the patient's time zone", async () => {
    await createPsychiatrist();
    const london = (await createPatient()).userId;
    const kiritimati = (await createPatient({ timezone: "Pacific/Kiritimati" })).userId;
    const samoa = (await createPatient({ timezone: "Pacific/Pago_Pago" })).userId;
    await entry(london, "2026-06-15", ago(HOUR));
    await entry(london, "2026-06-14", ago(23 * HOUR));
    // Already the 16th on Kiritimati (UTC+14); still the 14th in American Samoa (UTC−11).
    await entry(kiritimati, "2026-06-16", ago(MIN));
    await entry(samoa, "2026-06-14", ago(20 * HOUR));
    // Made before the window, and long before it.
    await entry(london, "2026-06-13", ago(25 * HOUR));
    await entry(kiritimati, "2026-06-01", ago(14 * DAY));
    // A check-in "made" after now (a clock ahead) is not counted either.
    await entry(samoa, "2026-06-15", new Date(NOW.getTime() + MIN));
    expect((await serviceHealth({ id: admin }, NOW))!.checkInsLastDay).toBe(4);
  });

  it("lists each active psychiatrist's patients and unreviewed check-ins, the longest backlog first", async () => {
    const ada = await createPsychiatrist({ firstName: "Ada", lastName: "Able" });
    const ben = await createPsychiatrist({ firstName: "Ben", lastName: "Baker" });
    const cal = await createPsychiatrist({ firstName: "Cal", lastName: "Cole" });
    await createPsychiatrist({ approved: false, firstName: "Pia", lastName: "Pending" });
    const gone = await createPsychiatrist({ firstName: "Dee", lastName: "Disabled" });
    const [p1, p2, p3] = [(await createPatient()).userId, (await createPatient()).userId, (await createPatient()).userId];
    await assign(p1, ben);
    await assign(p2, ben);
    await assign(p3, ada);
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, gone));
    await entry(p1, "2026-06-10", ago(5 * DAY));
    await entry(p1, "2026-06-11", ago(4 * DAY));
    await entry(p2, "2026-06-11", ago(4 * DAY));
    await entry(p2, "2026-06-12", ago(3 * DAY), true);
    await entry(p3, "2026-06-12", ago(3 * DAY), true);

    const health = await serviceHealth({ id: admin }, NOW);
    expect(health!.backlog).toEqual({
      rows: [
        { id: ben, name: "Ben Baker", patients: 2, unreviewed: 3 },
        { id: ada, name: "Ada Able", patients: 1, unreviewed: 0 },
        { id: cal, name: "Cal Cole", patients: 0, unreviewed: 0 },
      ],
      more: false,
    });
    expect(health!.accounts).toEqual([
      { role: "patient", status: "active", count: 3 },
      { role: "psychiatrist", status: "active", count: 3 },
      { role: "psychiatrist", status: "pending", count: 1 },
      { role: "psychiatrist", status: "disabled", count: 1 },
      { role: "admin", status: "active", count: 1 },
    ]);
    expect(await auditTrail()).toEqual([]);
  });

  it("reads each figure along an index", async () => {
    const explain = async (query: { sql: string; params: unknown[] }) => {
      const [plan] = await getPool().query(`EXPLAIN ${query.sql}`, query.params);
      return plan as { table: string; key: string | null; type: string; Extra: string | null }[];
    };
    const [checkIns] = await explain(checkInsLastDayQuery(NOW).toSQL());
    expect(checkIns.key, JSON.stringify(checkIns)).toBe("mood_entries_date");
    const median = await explain(new MySqlDialect().sqlToQuery(medianAcknowledgeSql(ago(30 * DAY))));
    const alertScan = median.find((step) => step.table === "alerts");
    expect(alertScan?.key, JSON.stringify(median)).toBe("alerts_status_created");
    const backlog = await explain(backlogQuery().toSQL());
    expect(backlog.find((step) => step.table === "users")?.key, JSON.stringify(backlog)).toBe("users_role_status");
    // Each count is worked out once, along the patients' and their unreviewed entries' indexes.
    expect(backlog.filter((step) => step.table === "e").map((step) => step.key), JSON.stringify(backlog)).toEqual(["mood_entries_patient_unreviewed"]);
  });
});
