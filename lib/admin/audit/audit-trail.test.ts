import { desc, eq } from "drizzle-orm";
import { MySqlDialect } from "drizzle-orm/mysql-core";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { auditTrail } from "@/lib/testing/applications";
import { addAuditRows } from "@/lib/testing/audit-rows";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { DATE_ORDER_MESSAGE } from "./audit-filter";
import { auditPageQuery, auditActionsSql } from "./audit-query";
import { auditTrailPage, NO_SUCH_ACCOUNT } from "./audit-trail";

const minute = (n: number) => new Date(Date.UTC(2026, 5, 1, 9, 0) + n * 60_000);
const LONDON = "Europe/London";

describe("the audit trail", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("is refused to patients, psychiatrists, disabled admins and unknown ids, and each attempt is audited", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const id of [patient, psychiatrist, disabledAdmin, 999_999]) {
      expect(await auditTrailPage({ id, ip: "192.0.2.9" }, {}, LONDON)).toBeNull();
    }
    expect(await auditTrail()).toEqual(
      [patient, psychiatrist, disabledAdmin, 999_999].map((actorId) => ({ actorId, action: "audit.view", outcome: "denied", targetType: "audit", targetId: null, patientId: null, ip: "192.0.2.9" })),
    );
  });

  it("shows each row with who acted, on what and whose record, and audits the view itself", async () => {
    const psychiatrist = await createPsychiatrist({ firstName: "Amara", lastName: "Okafor" });
    const patient = (await createPatient({ firstName: "Riley", lastName: "Jones" })).userId;
    const [untyped, read, gone, anonymous, approval] = await addAuditRows([
      { at: minute(0), actorId: psychiatrist, action: "legacy.event", targetType: null, targetId: 99 },
      { at: minute(1), actorId: psychiatrist, action: "patient.view", targetType: "patient", targetId: patient, patientId: patient, ip: "192.0.2.1" },
      { at: minute(2), actorId: 424_242, action: "alert.resolve", outcome: "denied", targetType: "alert", targetId: 7, patientId: 525_252 },
      { at: minute(3), actorId: null, action: "reminders.unsubscribe", targetType: null, targetId: null, patientId: patient },
      { at: minute(4), actorId: admin, action: "psychiatrist.approve", targetType: "user", targetId: psychiatrist },
    ]);

    const view = await auditTrailPage({ id: admin, ip: "192.0.2.3" }, {}, LONDON);
    // The newest row is this very view.
    expect(view!.rows.map((row) => row.id).slice(1)).toEqual([approval, anonymous, gone, read, untyped]);
    expect(view!.rows[0]).toMatchObject({ action: "audit.view", actor: { id: admin, role: "admin" }, ip: "192.0.2.3" });
    const adminName = (await getDb().select({ first: users.firstName, last: users.lastName }).from(users).where(eq(users.id, admin)))[0];
    expect(view!.rows.slice(1)).toEqual([
      {
        id: approval,
        at: minute(4),
        actor: { id: admin, name: `${adminName.first} ${adminName.last}`, role: "admin" },
        action: "psychiatrist.approve",
        outcome: "allowed",
        target: { type: "user", id: psychiatrist, name: "Amara Okafor" },
        patient: null,
        ip: null,
      },
      { id: anonymous, at: minute(3), actor: null, action: "reminders.unsubscribe", outcome: "allowed", target: null, patient: { id: patient, name: "Riley Jones", role: null }, ip: null },
      {
        id: gone,
        at: minute(2),
        actor: { id: 424_242, name: null, role: null },
        action: "alert.resolve",
        outcome: "denied",
        target: { type: "alert", id: 7, name: null },
        patient: { id: 525_252, name: null, role: null },
        ip: null,
      },
      {
        id: read,
        at: minute(1),
        actor: { id: psychiatrist, name: "Amara Okafor", role: "psychiatrist" },
        action: "patient.view",
        outcome: "allowed",
        target: { type: "patient", id: patient, name: "Riley Jones" },
        patient: { id: patient, name: "Riley Jones", role: null },
        ip: "192.0.2.1",
      },
      // A target id without a type still shows its number.
      { id: untyped, at: minute(0), actor: { id: psychiatrist, name: "Amara Okafor", role: "psychiatrist" }, action: "legacy.event", outcome: "allowed", target: { type: "", id: 99, name: null }, patient: null, ip: null },
    ]);
    expect(view).toMatchObject({ timeZone: LONDON, newerHref: null, olderHref: null, newestHref: null, fieldErrors: {} });
    expect(view!.actions).toEqual(["alert.resolve", "audit.view", "legacy.event", "patient.view", "psychiatrist.approve", "reminders.unsubscribe"]);
  });

  it("pages newest first, 50 at a time, older and back newer along stable markers", async () => {
    const ids = await addAuditRows(Array.from({ length: 120 }, (_, n) => ({ at: minute(Math.floor(n / 3)), action: "test.paging" })));
    const newestFirst = ids.toReversed();
    const open = (params: Record<string, string>) => auditTrailPage({ id: admin }, { action: "test.paging", ...params }, LONDON);
    const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

    const first = await open({});
    expect(first!.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 50));
    expect(first).toMatchObject({ newerHref: null, newestHref: null });
    const second = await open(paramsOf(first!.olderHref!));
    expect(second!.rows.map((r) => r.id)).toEqual(newestFirst.slice(50, 100));
    expect(second!.newestHref).toBe("/admin/audit?action=test.paging");
    const third = await open(paramsOf(second!.olderHref!));
    expect(third!.rows.map((r) => r.id)).toEqual(newestFirst.slice(100));
    expect(third!.olderHref).toBeNull();

    // Back: the page before the third is the second again, and the one before that the first.
    const back = await open(paramsOf(third!.newerHref!));
    expect(back!.rows.map((r) => r.id)).toEqual(newestFirst.slice(50, 100));
    const top = await open(paramsOf(back!.newerHref!));
    expect(top!.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 50));
    expect(top).toMatchObject({ newerHref: null, newestHref: null });
    // A marker past the end is an empty page that still leads back.
    const past = await open({ before: `${minute(-10).getTime()}-1` });
    expect(past!.rows).toEqual([]);
    expect(past!.newerHref).toBe(`/admin/audit?action=test.paging&after=${minute(-10).getTime()}-1`);
    expect(past!.olderHref).toBeNull();
  });

  it("filters by actor and patient (email or number), action, outcome and days in the admin's time zone", async () => {
    const psychiatrist = await createPsychiatrist({ email: "amara@example.test" });
    const { userId: patient } = await createPatient({ email: "riley@example.test" });
    const { userId: otherPatient } = await createPatient();
    // In New York, 04:00 UTC in June is midnight.
    const at = (iso: string) => new Date(iso);
    const [lateOn8th, startOf9th, endOf9th, startOf10th] = await addAuditRows([
      { at: at("2026-06-09T03:59:59.999Z"), actorId: psychiatrist, action: "patient.view", patientId: patient },
      { at: at("2026-06-09T04:00:00.000Z"), actorId: psychiatrist, action: "patient.view", patientId: patient },
      { at: at("2026-06-10T03:59:59.999Z"), actorId: psychiatrist, action: "entry.reply", patientId: otherPatient, outcome: "denied" },
      { at: at("2026-06-10T04:00:00.000Z"), actorId: admin, action: "patient.view", patientId: otherPatient },
    ]);
    const ids = async (params: Record<string, string>, zone = "America/New_York") =>
      (await auditTrailPage({ id: admin }, params, zone))!.rows.map((r) => r.id).filter((id) => id <= startOf10th);

    expect(await ids({ from: "2026-06-09", to: "2026-06-09" })).toEqual([endOf9th, startOf9th]);
    expect(await ids({ from: "2026-06-09" })).toEqual([startOf10th, endOf9th, startOf9th]);
    expect(await ids({ to: "2026-06-08" })).toEqual([lateOn8th]);
    // London's 9 June ends five hours before New York's.
    expect(await ids({ from: "2026-06-09", to: "2026-06-09" }, LONDON)).toEqual([startOf9th, lateOn8th]);

    expect(await ids({ actor: "AMARA@example.test" })).toEqual([endOf9th, startOf9th, lateOn8th]);
    expect(await ids({ actor: String(admin) })).toEqual([startOf10th]);
    expect(await ids({ patient: "riley@example.test" })).toEqual([startOf9th, lateOn8th]);
    expect(await ids({ patient: String(otherPatient), action: "patient.view" })).toEqual([startOf10th]);
    expect(await ids({ outcome: "denied" })).toEqual([endOf9th]);
    expect(await ids({ actor: "amara@example.test", patient: String(otherPatient), outcome: "allowed" })).toEqual([]);
    // An account number finds rows of accounts long gone.
    expect(await ids({ actor: "424242" })).toEqual([]);

    // Each view is in the trail, naming the patient the filter named.
    const views = await getDb().select({ patientId: auditLog.patientId }).from(auditLog).where(eq(auditLog.action, "audit.view")).orderBy(desc(auditLog.id)).limit(5);
    expect(views.map((v) => v.patientId)).toEqual([null, otherPatient, null, otherPatient, patient]);
  });

  it("says next to the field when an email names nobody or the dates are the wrong way round, and lists no rows", async () => {
    await addAuditRows([{ at: minute(1), action: "alert.resolve" }]);
    const unknown = await auditTrailPage({ id: admin }, { actor: "nobody@example.test", patient: "nobody@example.test", action: "made.up" }, LONDON);
    expect(unknown).toMatchObject({ rows: [], fieldErrors: { actor: [NO_SUCH_ACCOUNT], patient: [NO_SUCH_ACCOUNT] }, olderHref: null });
    // The chosen action stays in the list even when no row has it.
    expect(unknown!.actions).toEqual(["alert.resolve", "audit.view", "made.up"]);
    // Every mistake is said at once.
    const backwards = await auditTrailPage({ id: admin }, { actor: "nobody@example.test", from: "2026-06-02", to: "2026-06-01" }, LONDON);
    expect(backwards).toMatchObject({ rows: [], fieldErrors: { actor: [NO_SUCH_ACCOUNT], to: [DATE_ORDER_MESSAGE] }, form: { from: "2026-06-02", to: "2026-06-01" } });
    // A zone this server does not know reads days in UTC.
    expect((await auditTrailPage({ id: admin }, {}, "Mars/Olympus_Mons"))!.timeZone).toBe("UTC");
  });

  it("reads every page along an index, in its order, whatever the filter", async () => {
    const actor = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    // 20,000 rows in one INSERT … SELECT, numbered by crossing five tables of digits (portable
    // to MySQL 8, unlike MariaDB's seq_1_to_n), one a second from 1 January.
    const digits = `(select 0 as n union all ${Array.from({ length: 9 }, (_, n) => `select ${n + 1}`).join(" union all ")})`;
    await getPool().query(
      `insert into audit_log (actor_id, action, outcome, target_type, target_id, patient_id, ip, at)
       select 1000 + seq % 500, concat('action.', seq % 40), if(seq % 10 = 0, 'denied', 'allowed'), 'patient', seq % 2000, 2000 + seq % 3000, '192.0.2.1',
              timestamp('2026-01-01') + interval seq second
       from (select a.n + 10 * b.n + 100 * c.n + 1000 * d.n + 10000 * e.n as seq
             from ${digits} a cross join ${digits} b cross join ${digits} c cross join ${digits} d cross join ${digits} e) as numbers
       where seq between 1 and 20000`,
    );
    await addAuditRows([{ at: minute(0), actorId: actor, patientId: patient, action: "patient.view" }]);
    await getPool().query("ANALYZE TABLE audit_log");

    const explain = async (query: { sql: string; params: unknown[] }) => {
      const [plan] = await getPool().query(`EXPLAIN ${query.sql}`, query.params);
      return plan as { table: string; key: string | null; type: string; Extra: string | null }[];
    };
    // Inside every range below: the row of seq 5400 is at 01:30:00.
    const cursor = { direction: "before" as const, at: new Date("2026-01-01T01:30:00Z"), id: 5_400 };
    for (const [where, key] of [
      [{}, "audit_log_at"],
      [{ action: "action.7", outcome: "denied" as const }, "audit_log_action_at"],
      [{ since: new Date("2026-01-01T01:00:00Z"), until: new Date("2026-01-01T02:00:00Z") }, "audit_log_at"],
      [{ actorId: actor }, "audit_log_actor_at"],
      [{ patientId: patient, since: new Date("2026-01-01T00:00:00Z") }, "audit_log_patient_at"],
    ] as const) {
      for (const c of [null, cursor, { ...cursor, direction: "after" as const }]) {
        const [first, ...joins] = await explain(auditPageQuery(where, c).toSQL());
        const context = JSON.stringify({ where, c, first });
        expect(first.table, context).toBe("audit_log");
        expect(first.key, context).toBe(key);
        expect(first.Extra ?? "", context).not.toMatch(/filesort|temporary/i);
        // Each name is one lookup by primary key (a constant one when the filter fixes the id).
        for (const join of joins) expect(["eq_ref", "const"], JSON.stringify(join)).toContain(join.type);
      }
    }
    const plan = await explain(new MySqlDialect().sqlToQuery(auditActionsSql()));
    const scan = plan.find((step) => step.table === "audit_log");
    expect(scan?.key, JSON.stringify(plan)).toBe("audit_log_action_at");
    expect(scan?.Extra ?? "", JSON.stringify(plan)).toMatch(/using index for group-by/i);
  });
});
