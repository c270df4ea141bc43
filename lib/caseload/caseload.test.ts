import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getPool, getDb } from "@/db/client";
import { auditLog, moodEntries, patients, users } from "@/db/schema";
import { addDays, type LocalDate } from "@/lib/moods/local-date";
import { createAlert } from "@/lib/testing/alerts";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { caseload, type CaseloadRow } from "./caseload";
import { CASELOAD_PAGE_SIZE } from "./caseload-options";

// Noon in London (BST): the London patients' today is 2026-06-15.
const NOW = new Date("2026-06-15T11:00:00Z");
const TODAY = "2026-06-15";
const ago = (days: number): LocalDate => addDays(TODAY, -days);

async function patient(firstName: string, lastName: string, timezone = "Europe/London"): Promise<number> {
  return (await createPatient({ firstName, lastName, timezone })).userId;
}

async function checkIn(patientId: number, date: LocalDate, mood: number, reviewed = false): Promise<void> {
  await getDb()
    .insert(moodEntries)
    .values({ patientId, entryDate: date, mood, reviewedAt: reviewed ? NOW : null });
}

const names = (rows: CaseloadRow[]) => rows.map((r) => r.firstName);

describe("the caseload", () => {
  let dr: number;
  beforeEach(async () => {
    await resetDatabase();
    dr = await createPsychiatrist();
  });

  it("lists only the psychiatrist's own patients, with their figures", async () => {
    const mine = await patient("Mia", "Mine");
    await checkIn(mine, ago(3), 6, true);
    await checkIn(mine, ago(2), 2);
    await checkIn(mine, ago(1), 3);
    await checkIn(mine, ago(0), 5);
    const other = await createPsychiatrist();
    // The new psychiatrist has fewer patients, so is given the next one.
    const theirs = await createPatient({ firstName: "Theo", lastName: "Theirs" });
    expect(theirs.psychiatristId).toBe(other);
    await checkIn(theirs.userId, ago(0), 1);

    const view = await caseload({ id: dr }, {}, NOW);
    expect(view).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(view.rows).toEqual([
      {
        id: mine,
        firstName: "Mia",
        lastName: "Mine",
        today: TODAY,
        lastCheckIn: { date: TODAY, mood: 5 },
        trend: [null, null, null, 6, 2, 3, 5].map((mood, i) => ({ date: ago(6 - i), mood })),
        unreviewed: 3,
        // Low and Very low; the reviewed Good day and today's Okay are not.
        unreviewedLow: 2,
        unresolvedAlerts: 0,
        daysSinceCheckIn: 0,
      },
    ]);
    expect(names((await caseload({ id: other }, {}, NOW)).rows)).toEqual(["Theo"]);
    // An id that is nobody's psychiatrist sees nobody, whatever it asks for.
    expect(await caseload({ id: 999_999 }, { search: "Mia", page: 3 }, NOW)).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
  });

  it("puts those who need attention first: the newest unreviewed low mood, more lows, then silence", async () => {
    const fine = await patient("Fay", "Fine");
    await checkIn(fine, ago(0), 6);
    await checkIn(fine, ago(1), 1, true); // reviewed: no longer a worry
    const backlog = await patient("Bea", "Backlog");
    await checkIn(backlog, ago(4), 3);
    await checkIn(backlog, ago(3), 3);
    await checkIn(backlog, ago(0), 5);
    const distressed = await patient("Dev", "Distressed");
    await checkIn(distressed, ago(1), 1);
    const single = await patient("Sol", "Single");
    await checkIn(single, ago(3), 2); // as recent as Bea's latest low, but one low to her two
    await checkIn(single, ago(0), 6);
    const silent = await patient("Sid", "Silent");
    await checkIn(silent, ago(10), 6, true);
    const never = await patient("Nev", "Never");
    const quiet = await patient("Quinn", "Quiet");
    await checkIn(quiet, ago(2), 5, true);

    const view = await caseload({ id: dr }, {}, NOW);
    expect(names(view.rows)).toEqual(["Dev", "Bea", "Sol", "Nev", "Sid", "Quinn", "Fay"]);
    expect(view.rows.find((r) => r.id === never)).toMatchObject({ lastCheckIn: null, daysSinceCheckIn: null, unreviewed: 0 });
    expect(view.rows.find((r) => r.id === silent)).toMatchObject({ daysSinceCheckIn: 10, unreviewedLow: 0 });
    // Ascending reverses the order: the least pressing first.
    expect(names((await caseload({ id: dr }, { sort: "attention", direction: "asc" }, NOW)).rows)).toEqual(["Fay", "Quinn", "Sid", "Nev", "Sol", "Bea", "Dev"]);
  });

  it("puts patients who require assistance (unresolved alerts) above everyone else, counting their alerts", async () => {
    const distressed = await patient("Dev", "Distressed");
    await checkIn(distressed, ago(0), 1);
    const two = await patient("Tia", "Two");
    await checkIn(two, ago(0), 6, true);
    await createAlert({ patientId: two, rule: "concerning_words", severity: "critical" });
    await createAlert({ patientId: two, rule: "low_run", severity: "moderate", status: "acknowledged", acknowledgedBy: dr, acknowledgedAt: NOW });
    const one = await patient("Oli", "One");
    await checkIn(one, ago(1), 5, true);
    await createAlert({ patientId: one, rule: "silence", severity: "moderate", status: "acknowledged", acknowledgedBy: dr, acknowledgedAt: NOW });
    const settled = await patient("Ray", "Resolved");
    await checkIn(settled, ago(0), 6, true);
    await createAlert({ patientId: settled, rule: "low_mood", severity: "high", status: "resolved", resolvedBy: dr, resolvedAt: NOW, resolution: "Spoke; fine." });
    // Another psychiatrist's patient's alert counts for nobody here.
    const other = await createPsychiatrist();
    const theirs = await patient("Zed", "Theirs");
    await getDb().update(patients).set({ psychiatristId: other }).where(eq(patients.userId, theirs));
    await createAlert({ patientId: theirs, rule: "concerning_words", severity: "critical" });

    const view = await caseload({ id: dr }, {}, NOW);
    expect(names(view.rows)).toEqual(["Tia", "Oli", "Dev", "Ray"]);
    expect(view.rows.map((r) => r.unresolvedAlerts)).toEqual([2, 1, 0, 0]);
    expect(names((await caseload({ id: dr }, { direction: "asc" }, NOW)).rows)).toEqual(["Ray", "Dev", "Oli", "Tia"]);
  });

  it("sorts by each column, both ways, with the name breaking ties", async () => {
    const ann = await patient("Ann", "Adams");
    await checkIn(ann, ago(5), 2);
    await checkIn(ann, ago(4), 6);
    const bob = await patient("Bob", "Brown");
    await checkIn(bob, ago(1), 5);
    const cat = await patient("Cat", "Brown");
    await checkIn(cat, ago(1), 3);
    await checkIn(cat, ago(2), 3);
    await checkIn(cat, ago(3), 6);
    await patient("Dan", "Zed");

    const sorted = async (sort: "name" | "lastCheckIn" | "unreviewed" | "silence", direction?: "asc" | "desc") =>
      names((await caseload({ id: dr }, { sort, direction }, NOW)).rows);

    expect(await sorted("name")).toEqual(["Ann", "Bob", "Cat", "Dan"]);
    expect(await sorted("name", "desc")).toEqual(["Dan", "Cat", "Bob", "Ann"]);
    // Newest first by default; a patient who never checked in comes last, and first ascending.
    expect(await sorted("lastCheckIn")).toEqual(["Bob", "Cat", "Ann", "Dan"]);
    expect(await sorted("lastCheckIn", "asc")).toEqual(["Dan", "Ann", "Bob", "Cat"]);
    expect(await sorted("unreviewed")).toEqual(["Cat", "Ann", "Bob", "Dan"]);
    expect(await sorted("unreviewed", "asc")).toEqual(["Dan", "Bob", "Ann", "Cat"]);
    // The longest silence first; never having checked in is the longest of all.
    expect(await sorted("silence")).toEqual(["Dan", "Ann", "Bob", "Cat"]);
    expect(await sorted("silence", "asc")).toEqual(["Bob", "Cat", "Ann", "Dan"]);
  });

  it("finds patients by first, last or full name, whatever the case, with % and _ taken literally", async () => {
    await patient("Riley", "Jones");
    await patient("Rita", "O'Neil");
    await patient("Percy", "100% Real");
    await patient("Under", "Score_Name");
    await patient("Unders", "ScoreXName");

    const found = async (search: string) => names((await caseload({ id: dr }, { search }, NOW)).rows).sort();
    expect(await found("ri")).toEqual(["Riley", "Rita"]);
    expect(await found("JONES")).toEqual(["Riley"]);
    expect(await found("  riley   jones ")).toEqual(["Riley"]);
    expect(await found("o'neil")).toEqual(["Rita"]);
    expect(await found("%")).toEqual(["Percy"]);
    expect(await found("0% r")).toEqual(["Percy"]);
    expect(await found("e_n")).toEqual(["Under"]);
    expect(await found("!")).toEqual([]);
    expect(await found("nobody")).toEqual([]);
    expect(await found("")).toHaveLength(5);
    const view = await caseload({ id: dr }, { search: "zzz" }, NOW);
    expect(view).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [], query: { search: "zzz" } });
  });

  it("pages through a large caseload in the chosen order, clamping pages out of range", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 32; i++) {
      const id = await patient(`P${String(i).padStart(2, "0")}`, "Paged");
      ids.push(id);
      // Silence grows with i, so the silence order is the reverse of the names'.
      await checkIn(id, ago(i), 5, true);
    }
    const first = await caseload({ id: dr }, { sort: "silence" }, NOW);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 32 });
    expect(first.rows).toHaveLength(CASELOAD_PAGE_SIZE);
    const second = await caseload({ id: dr }, { sort: "silence", page: 2 }, NOW);
    expect(second.rows).toHaveLength(32 - CASELOAD_PAGE_SIZE);
    const all = [...first.rows, ...second.rows].map((r) => r.daysSinceCheckIn);
    expect(all).toEqual(Array.from({ length: 32 }, (_, i) => 31 - i));

    expect((await caseload({ id: dr }, { sort: "silence", page: 99 }, NOW)).page).toBe(2);
    expect((await caseload({ id: dr }, { page: 0 }, NOW)).page).toBe(1);
    expect((await caseload({ id: dr }, { page: Number.NaN }, NOW)).page).toBe(1);
    expect((await caseload({ id: dr }, { search: "P3", page: 2 }, NOW)).rows.map((r) => r.firstName)).toEqual(["P31", "P30"]);
  });

  it("counts days and the seven-day trend from each patient's own today", async () => {
    // 10:30 UTC is 00:30 on the 16th in Kiritimati (UTC+14), 11:30 on the 15th in London and
    // 23:30 on the 14th in Pago Pago (UTC-11).
    const at = new Date("2026-06-15T10:30:00Z");
    const kiri = await patient("Kiri", "Ahead", "Pacific/Kiritimati");
    const lon = await patient("Lon", "Home", "Europe/London");
    const pago = await patient("Pago", "Behind", "Pacific/Pago_Pago");
    for (const id of [kiri, lon, pago]) await checkIn(id, "2026-06-14", 4, true);
    await checkIn(kiri, "2026-06-09", 7, true); // eight days before Kiritimati's today: not in its week
    await checkIn(kiri, "2026-06-10", 6, true);
    await checkIn(pago, "2026-06-08", 2, true);

    const view = await caseload({ id: dr }, { sort: "silence" }, at);
    expect(view.rows.map((r) => [r.firstName, r.today, r.daysSinceCheckIn])).toEqual([
      ["Kiri", "2026-06-16", 2],
      ["Lon", "2026-06-15", 1],
      ["Pago", "2026-06-14", 0],
    ]);
    const trend = (id: number) => view.rows.find((r) => r.id === id)!.trend;
    expect(trend(kiri)).toEqual([
      { date: "2026-06-10", mood: 6 },
      { date: "2026-06-11", mood: null },
      { date: "2026-06-12", mood: null },
      { date: "2026-06-13", mood: null },
      { date: "2026-06-14", mood: 4 },
      { date: "2026-06-15", mood: null },
      { date: "2026-06-16", mood: null },
    ]);
    expect(trend(pago).map((d) => d.mood)).toEqual([2, null, null, null, null, null, 4]);
    expect(trend(pago)[0].date).toBe("2026-06-08");
    expect(trend(lon).map((d) => d.mood)).toEqual([null, null, null, null, null, 4, null]);
  });

  it("reads a zone the server does not know as UTC rather than failing the whole caseload", async () => {
    const lost = await patient("Lost", "Zone");
    await getDb().update(users).set({ timezone: "Nowhere/Atlantis" }).where(eq(users.id, lost));
    await checkIn(lost, "2026-06-13", 5);
    const [row] = (await caseload({ id: dr }, {}, new Date("2026-06-15T23:30:00Z"))).rows;
    expect(row).toMatchObject({ today: "2026-06-15", daysSinceCheckIn: 2 });
  });

  it("writes one audit row for each view, naming the psychiatrist and no patient", async () => {
    await patient("Ann", "Adams");
    await caseload({ id: dr, ip: "203.0.113.9" }, { search: "ann" }, NOW);
    const rows = await getDb().select().from(auditLog).where(eq(auditLog.actorId, dr));
    expect(rows).toEqual([
      expect.objectContaining({ action: "caseload.view", outcome: "allowed", actorId: dr, patientId: null, targetId: null, ip: "203.0.113.9" }),
    ]);
    await caseload({ id: dr }, {}, NOW);
    expect(await getDb().select().from(auditLog).where(eq(auditLog.actorId, dr))).toHaveLength(2);
  });

  describe("the cost of a view", () => {
    afterEach(() => vi.restoreAllMocks());

    /** Every statement sent through the pool while `work` runs. */
    async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
      const pool = getPool();
      const query = vi.spyOn(pool, "query");
      const execute = vi.spyOn(pool, "execute");
      // A statement on a checked-out connection would bypass the spies above; none may happen.
      const getConnection = vi.spyOn(pool, "getConnection");
      await work();
      expect(getConnection).not.toHaveBeenCalled();
      const total = query.mock.calls.length + execute.mock.calls.length;
      vi.restoreAllMocks();
      return total;
    }

    async function caseloadOf(patients: number): Promise<number> {
      await resetDatabase();
      const psychiatrist = await createPsychiatrist();
      for (let i = 0; i < patients; i++) {
        const id = (await createPatient({ timezone: i % 2 ? "Europe/London" : "America/New_York" })).userId;
        for (let d = 0; d < 10; d++) await checkIn(id, ago(d + (i % 3)), (d % 7) + 1);
      }
      return psychiatrist;
    }

    it("is the same few statements for 5 patients as for 60", async () => {
      const small = await caseloadOf(5);
      const few = await statementsDuring(() => caseload({ id: small }, {}, NOW));
      const large = await caseloadOf(60);
      const many = await statementsDuring(() => caseload({ id: large }, { sort: "silence", page: 2 }, NOW));
      // The count by time zone, the ordered page, the page's last seven days, the audit row.
      expect(few).toBe(4);
      expect(many).toBe(few);
    });
  });
});
