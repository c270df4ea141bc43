import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { moodEntries } from "@/db/schema";
import { createAlert } from "@/lib/testing/alerts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry, assign, auditRows, type Caseloads, twoCaseloads } from "@/lib/testing/review";
import { ALERT_PAGE_SIZE, alertFilterFrom, alertList, alertsHref, unresolvedAlertCount, unresolvedAlertsOf } from "./alert-list";

const at = (day: string, time = "09:00") => new Date(`2026-06-${day}T${time}:00.000Z`);

describe("the alert list", () => {
  let c: Caseloads;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
  });

  /** Dana's patients' alerts in every state, and one of Carol's that Dana must never see. */
  async function mixedAlerts() {
    const ackd = { acknowledgedBy: c.doctor, acknowledgedAt: at("07") };
    const resolved = (day: string) => ({ status: "resolved" as const, ...ackd, resolvedBy: c.doctor, resolvedAt: at(day), resolution: `Called on the ${day}th.` });
    return {
      moderateOpen: await createAlert({ patientId: c.alice, rule: "low_mood", severity: "moderate", createdAt: at("01") }),
      criticalOpenNewer: await createAlert({ patientId: c.bob, rule: "concerning_words", severity: "critical", createdAt: at("03") }),
      criticalOpenOlder: await createAlert({ patientId: c.alice, rule: "concerning_words", severity: "critical", createdAt: at("02") }),
      highAcknowledged: await createAlert({ patientId: c.bob, rule: "low_run", severity: "high", status: "acknowledged", createdAt: at("01", "08:00"), ...ackd }),
      criticalAcknowledged: await createAlert({ patientId: c.alice, rule: "sharp_drop", severity: "critical", status: "acknowledged", createdAt: at("05"), ...ackd }),
      resolvedEarlier: await createAlert({ patientId: c.alice, rule: "low_mood", severity: "critical", createdAt: at("01"), ...resolved("04") }),
      resolvedLater: await createAlert({ patientId: c.bob, rule: "silence", severity: "moderate", createdAt: at("02"), ...resolved("06") }),
      carols: await createAlert({ patientId: c.carol, rule: "concerning_words", severity: "critical", createdAt: at("01") }),
    };
  }

  it("lists the psychiatrist's own patients' unresolved alerts: open, then acknowledged; most severe, then oldest", async () => {
    const a = await mixedAlerts();
    const list = await alertList({ id: c.doctor });
    expect(list).toMatchObject({ show: "unresolved", page: 1, pageCount: 1, total: 5 });
    expect(list.alerts.map((alert) => alert.id)).toEqual([a.criticalOpenOlder, a.criticalOpenNewer, a.moderateOpen, a.criticalAcknowledged, a.highAcknowledged]);

    const carols = await alertList({ id: c.other });
    expect(carols.alerts.map((alert) => alert.id)).toEqual([a.carols]);
  });

  it("lists every alert with 'all': the unresolved first, then the most recently resolved", async () => {
    const a = await mixedAlerts();
    const list = await alertList({ id: c.doctor }, { show: "all" });
    expect(list.total).toBe(7);
    expect(list.alerts.map((alert) => alert.id)).toEqual([
      a.criticalOpenOlder,
      a.criticalOpenNewer,
      a.moderateOpen,
      a.criticalAcknowledged,
      a.highAcknowledged,
      a.resolvedLater,
      a.resolvedEarlier,
    ]);
  });

  it("shows each alert with its patient, what raised it, and who took each step when", async () => {
    const entry = await addEntry(c.alice, "2026-06-09", 5, { note: "<b>I want to disappear</b>" });
    const open = await createAlert({
      patientId: c.alice,
      entryId: entry,
      rule: "concerning_words",
      severity: "critical",
      reason: "The note mentions wanting to disappear.",
      mood: 5,
      note: "<b>I want to disappear</b>",
      entryDate: "2026-06-09",
      createdAt: at("09", "21:15"),
      escalatedAt: at("10"),
    });
    const resolved = await createAlert({
      patientId: c.bob,
      rule: "silence",
      severity: "moderate",
      reason: "No check-in for 5 days.",
      createdAt: at("01"),
      status: "resolved",
      acknowledgedBy: c.other,
      acknowledgedAt: at("02"),
      resolvedBy: c.doctor,
      resolvedAt: at("03"),
      resolution: "Spoke on the phone: away on holiday.",
    });

    const [first, second] = (await alertList({ id: c.doctor }, { show: "all" })).alerts;
    expect(first).toEqual({
      id: open,
      patientId: c.alice,
      patientName: expect.stringMatching(/^Alice Patient /),
      entryId: entry,
      rule: "concerning_words",
      severity: "critical",
      reason: "The note mentions wanting to disappear.",
      mood: 5,
      note: "<b>I want to disappear</b>",
      entryDate: "2026-06-09",
      status: "open",
      createdAt: at("09", "21:15"),
      escalatedAt: at("10"),
      acknowledged: null,
      resolved: null,
    });
    expect(second).toMatchObject({
      id: resolved,
      patientName: expect.stringMatching(/^Bob Patient /),
      entryId: null,
      mood: null,
      note: null,
      entryDate: null,
      status: "resolved",
      escalatedAt: null,
      acknowledged: { by: expect.stringMatching(/^Omar /), at: at("02") },
      resolved: { by: expect.stringMatching(/^Dana /), at: at("03"), resolution: "Spoke on the phone: away on holiday." },
    });
  });

  it("keeps each step when the account that took it is gone", async () => {
    // acknowledged_by and resolved_by are set to null when the account is deleted; the times stay.
    await createAlert({ patientId: c.alice, rule: "low_mood", severity: "high", status: "resolved", acknowledgedAt: at("02"), resolvedAt: at("03") });
    const [alert] = (await alertList({ id: c.doctor }, { show: "all" })).alerts;
    expect(alert).toMatchObject({ acknowledged: { by: null, at: at("02") }, resolved: { by: null, at: at("03"), resolution: "" } });
  });

  it("still lists an alert whose check-in the patient deleted, with the copy it kept", async () => {
    const entry = await addEntry(c.alice, "2026-06-09", 1, { note: "Can't go on" });
    const alert = await createAlert({ patientId: c.alice, entryId: entry, rule: "low_mood", severity: "high", mood: 1, note: "Can't go on", entryDate: "2026-06-09" });
    await getDb().delete(moodEntries).where(eq(moodEntries.id, entry));

    const [listed] = (await alertList({ id: c.doctor })).alerts;
    expect(listed).toMatchObject({ id: alert, entryId: null, mood: 1, note: "Can't go on", entryDate: "2026-06-09", status: "open" });
    expect(await unresolvedAlertCount(c.doctor)).toBe(1);
  });

  it("follows the patient to their new psychiatrist", async () => {
    const alert = await createAlert({ patientId: c.carol, rule: "low_mood", severity: "high" });
    expect(await unresolvedAlertCount(c.doctor)).toBe(0);
    await assign(c.carol, c.doctor);
    expect((await alertList({ id: c.doctor })).alerts.map((a) => a.id)).toEqual([alert]);
    expect(await unresolvedAlertCount(c.other)).toBe(0);
  });

  it("pages through many alerts in order, clamping pages out of range", async () => {
    const ids: number[] = [];
    for (let i = 0; i < ALERT_PAGE_SIZE + 3; i++) {
      ids.push(await createAlert({ patientId: i % 2 ? c.alice : c.bob, rule: "low_mood", severity: "high", createdAt: new Date(at("01").getTime() + i * 60_000) }));
    }
    const first = await alertList({ id: c.doctor });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: ALERT_PAGE_SIZE + 3 });
    const second = await alertList({ id: c.doctor }, { page: 2 });
    expect([...first.alerts, ...second.alerts].map((a) => a.id)).toEqual(ids);
    expect((await alertList({ id: c.doctor }, { page: 99 })).page).toBe(2);
    expect((await alertList({ id: c.doctor }, { page: 0 })).page).toBe(1);
    expect((await alertList({ id: c.doctor }, { page: Number.NaN })).page).toBe(1);
  });

  it("is empty, on page 1 of 1, for a psychiatrist without alerts", async () => {
    await createAlert({ patientId: c.carol, rule: "low_mood", severity: "high" });
    expect(await alertList({ id: c.doctor }, { show: "all", page: 4 })).toEqual({ alerts: [], show: "all", page: 1, pageCount: 1, total: 0 });
  });

  it("writes one audit row for each view", async () => {
    await mixedAlerts();
    await alertList({ id: c.doctor, ip: "203.0.113.5" });
    await alertList({ id: c.doctor }, { show: "all" });
    expect(await auditRows("alerts.view")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "alert-list", targetId: null, patientId: null, ip: "203.0.113.5" },
      { actorId: c.doctor, outcome: "allowed", targetType: "alert-list", targetId: null, patientId: null, ip: null },
    ]);
  });

  it("counts the unresolved alerts of the psychiatrist's own patients", async () => {
    expect(await unresolvedAlertCount(c.doctor)).toBe(0);
    await mixedAlerts();
    expect(await unresolvedAlertCount(c.doctor)).toBe(5);
    expect(await unresolvedAlertCount(c.other)).toBe(1);
    expect(await unresolvedAlertCount(999_999)).toBe(0);
  });
});

describe("one patient's unresolved alerts", () => {
  let c: Caseloads;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
  });

  it("lists the patient's unresolved alerts in the list's order, and audits the read", async () => {
    const moderate = await createAlert({ patientId: c.alice, rule: "low_mood", severity: "moderate", createdAt: at("01") });
    const acknowledged = await createAlert({ patientId: c.alice, rule: "low_run", severity: "critical", status: "acknowledged", acknowledgedBy: c.doctor, acknowledgedAt: at("02") });
    const critical = await createAlert({ patientId: c.alice, rule: "concerning_words", severity: "critical", createdAt: at("03") });
    await createAlert({ patientId: c.alice, rule: "silence", severity: "moderate", status: "resolved", resolvedBy: c.doctor, resolvedAt: at("04"), resolution: "Fine." });
    await createAlert({ patientId: c.bob, rule: "low_mood", severity: "critical" });

    const alerts = await unresolvedAlertsOf({ id: c.doctor, ip: "203.0.113.6" }, c.alice);
    expect(alerts?.map((a) => a.id)).toEqual([critical, moderate, acknowledged]);
    expect(await auditRows("alerts.view")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "patient", targetId: c.alice, patientId: c.alice, ip: "203.0.113.6" },
    ]);
    expect(await unresolvedAlertsOf({ id: c.doctor }, c.bob)).toHaveLength(1);
  });

  it("is an empty list for a patient of theirs with none", async () => {
    expect(await unresolvedAlertsOf({ id: c.doctor }, c.alice)).toEqual([]);
  });

  it("refuses another psychiatrist's patient, and audits the attempt as denied", async () => {
    await createAlert({ patientId: c.carol, rule: "concerning_words", severity: "critical" });
    expect(await unresolvedAlertsOf({ id: c.doctor, ip: "203.0.113.7" }, c.carol)).toBeNull();
    expect(await unresolvedAlertsOf({ id: c.doctor }, 999_999)).toBeNull();
    expect(await auditRows("alerts.view")).toEqual([
      { actorId: c.doctor, outcome: "denied", targetType: "patient", targetId: c.carol, patientId: c.carol, ip: "203.0.113.7" },
      { actorId: c.doctor, outcome: "denied", targetType: "patient", targetId: 999_999, patientId: 999_999, ip: null },
    ]);
  });
});

describe("the list's address", () => {
  it("reads 'all' or else the unresolved alerts", () => {
    expect(alertFilterFrom("all")).toBe("all");
    for (const value of ["unresolved", "", "ALL", undefined, ["all"], 1]) expect(alertFilterFrom(value)).toBe("unresolved");
  });

  it("leaves out the defaults", () => {
    expect(alertsHref("unresolved")).toBe("/alerts");
    expect(alertsHref("unresolved", 1)).toBe("/alerts");
    expect(alertsHref("unresolved", 3)).toBe("/alerts?page=3");
    expect(alertsHref("all")).toBe("/alerts?show=all");
    expect(alertsHref("all", 2)).toBe("/alerts?show=all&page=2");
  });
});
