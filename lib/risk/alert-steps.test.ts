import { beforeEach, describe, expect, it } from "vitest";
import { alertRow, createAlert } from "@/lib/testing/alerts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { assign, auditRows, type Caseloads, twoCaseloads } from "@/lib/testing/review";
import { unresolvedAlertCount } from "./alert-list";
import { acknowledgeAlert, resolveAlert } from "./alert-steps";
import { RESOLUTION_MAX } from "./resolution-limits";

const FIRST = new Date("2026-06-10T10:00:00.000Z");
const LATER = new Date("2026-06-10T11:30:00.000Z");

describe("acknowledging an alert", () => {
  let c: Caseloads;
  let alert: number;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    alert = await createAlert({ patientId: c.alice, rule: "concerning_words", severity: "critical" });
  });

  it("marks an open alert of the psychiatrist's own patient acknowledged by them, once", async () => {
    expect(await acknowledgeAlert({ id: c.doctor, ip: "203.0.113.1" }, alert, FIRST)).toEqual({ ok: true, changed: true });
    expect(await alertRow(alert)).toMatchObject({ status: "acknowledged", acknowledgedBy: c.doctor, acknowledgedAt: FIRST, resolvedAt: null });
    expect(await unresolvedAlertCount(c.doctor)).toBe(1);

    // A second click changes nothing and records nothing.
    expect(await acknowledgeAlert({ id: c.doctor }, alert, LATER)).toEqual({ ok: true, changed: false });
    expect(await alertRow(alert)).toMatchObject({ acknowledgedBy: c.doctor, acknowledgedAt: FIRST });
    expect(await auditRows("alert.acknowledge")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "alert", targetId: alert, patientId: c.alice, ip: "203.0.113.1" },
    ]);
  });

  it("refuses another psychiatrist's patient's alert and an unknown id, and audits both as denied", async () => {
    const carols = await createAlert({ patientId: c.carol, rule: "low_mood", severity: "high" });
    expect(await acknowledgeAlert({ id: c.doctor, ip: "203.0.113.2" }, carols)).toEqual({ ok: false, reason: "not-found" });
    expect(await acknowledgeAlert({ id: c.doctor }, 999_999)).toEqual({ ok: false, reason: "not-found" });
    expect(await alertRow(carols)).toMatchObject({ status: "open", acknowledgedBy: null, acknowledgedAt: null });
    expect(await auditRows("alert.acknowledge")).toEqual([
      { actorId: c.doctor, outcome: "denied", targetType: "alert", targetId: carols, patientId: c.carol, ip: "203.0.113.2" },
      { actorId: c.doctor, outcome: "denied", targetType: "alert", targetId: 999_999, patientId: null, ip: null },
    ]);
  });

  it("belongs to the patient's psychiatrist now: after a reassignment the former one is refused", async () => {
    await assign(c.alice, c.other);
    expect(await acknowledgeAlert({ id: c.doctor }, alert)).toEqual({ ok: false, reason: "not-found" });
    expect(await acknowledgeAlert({ id: c.other }, alert, FIRST)).toEqual({ ok: true, changed: true });
    expect(await alertRow(alert)).toMatchObject({ acknowledgedBy: c.other });
  });

  it("lets only the first of two clicks at once record who acknowledged it", async () => {
    const results = await Promise.all([acknowledgeAlert({ id: c.doctor }, alert, FIRST), acknowledgeAlert({ id: c.doctor }, alert, LATER)]);
    expect(results.filter((r) => r.ok && r.changed)).toHaveLength(1);
    const row = await alertRow(alert);
    expect(row.acknowledgedAt).toEqual(results[0].ok && results[0].changed ? FIRST : LATER);
    expect(await auditRows("alert.acknowledge")).toHaveLength(1);
  });

  it("leaves a resolved alert as it is", async () => {
    await resolveAlert({ id: c.doctor }, alert, "Called her.", FIRST);
    expect(await acknowledgeAlert({ id: c.doctor }, alert, LATER)).toEqual({ ok: true, changed: false });
    expect(await alertRow(alert)).toMatchObject({ status: "resolved", acknowledgedAt: FIRST });
  });
});

describe("resolving an alert", () => {
  let c: Caseloads;
  let alert: number;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
    alert = await createAlert({ patientId: c.alice, rule: "concerning_words", severity: "critical" });
  });

  it("resolves an open alert with the note trimmed, acknowledging it at the same time", async () => {
    expect(await resolveAlert({ id: c.doctor, ip: "203.0.113.3" }, alert, "  Called Alice; she is safe\r\nand has a plan.  ", FIRST)).toEqual({ ok: true, changed: true });
    expect(await alertRow(alert)).toMatchObject({
      status: "resolved",
      acknowledgedBy: c.doctor,
      acknowledgedAt: FIRST,
      resolvedBy: c.doctor,
      resolvedAt: FIRST,
      resolution: "Called Alice; she is safe\nand has a plan.",
    });
    expect(await unresolvedAlertCount(c.doctor)).toBe(0);
    expect(await auditRows("alert.resolve")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "alert", targetId: alert, patientId: c.alice, ip: "203.0.113.3" },
    ]);
  });

  it("keeps who acknowledged an alert when another psychiatrist resolves it", async () => {
    await acknowledgeAlert({ id: c.doctor }, alert, FIRST);
    await assign(c.alice, c.other);
    expect(await resolveAlert({ id: c.other }, alert, "Took over; spoke to her.", LATER)).toEqual({ ok: true, changed: true });
    expect(await alertRow(alert)).toMatchObject({ acknowledgedBy: c.doctor, acknowledgedAt: FIRST, resolvedBy: c.other, resolvedAt: LATER });
  });

  it("keeps the first resolution: resolving again changes nothing", async () => {
    await resolveAlert({ id: c.doctor }, alert, "First note", FIRST);
    expect(await resolveAlert({ id: c.doctor }, alert, "Second note", LATER)).toEqual({ ok: true, changed: false });
    expect(await alertRow(alert)).toMatchObject({ resolution: "First note", resolvedAt: FIRST });
    expect(await auditRows("alert.resolve")).toHaveLength(1);
  });

  it("lets only the first of two resolutions at once stand", async () => {
    const results = await Promise.all([resolveAlert({ id: c.doctor }, alert, "From one tab", FIRST), resolveAlert({ id: c.doctor }, alert, "From another tab", LATER)]);
    expect(results.filter((r) => r.ok && r.changed)).toHaveLength(1);
    const winner = results[0].ok && results[0].changed ? "From one tab" : "From another tab";
    expect((await alertRow(alert)).resolution).toBe(winner);
  });

  it("requires a note of what was done, of at most 1000 characters, and writes nothing without one", async () => {
    for (const text of ["", "   ", "\r\n", "x".repeat(RESOLUTION_MAX + 1)]) {
      expect(await resolveAlert({ id: c.doctor }, alert, text)).toEqual({ ok: false, reason: "invalid-resolution" });
    }
    expect(await alertRow(alert)).toMatchObject({ status: "open", resolution: null, acknowledgedAt: null });
    expect(await auditRows("alert.resolve")).toEqual([]);
    expect(await resolveAlert({ id: c.doctor }, alert, ` ${"x".repeat(RESOLUTION_MAX)} `)).toEqual({ ok: true, changed: true });
  });

  it("refuses another psychiatrist's patient's alert, and audits the attempt as denied", async () => {
    const carols = await createAlert({ patientId: c.carol, rule: "low_mood", severity: "high" });
    expect(await resolveAlert({ id: c.doctor }, carols, "Not mine to resolve")).toEqual({ ok: false, reason: "not-found" });
    expect(await alertRow(carols)).toMatchObject({ status: "open", resolution: null });
    expect(await auditRows("alert.resolve")).toEqual([
      { actorId: c.doctor, outcome: "denied", targetType: "alert", targetId: carols, patientId: c.carol, ip: null },
    ]);
  });
});
