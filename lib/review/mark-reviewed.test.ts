import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/testing/reset-database";
import { MARK_REVIEWED_MAX, markReviewed } from "./mark-reviewed";
import { unreviewedCount } from "./queue";
import { addEntry, auditRows, type Caseloads, entryRow, twoCaseloads } from "@/lib/testing/review";

const NOW = new Date("2026-06-10T10:00:00.000Z");

describe("marking entries reviewed", () => {
  let c: Caseloads;
  beforeEach(async () => {
    await resetDatabase();
    c = await twoCaseloads();
  });

  it("marks one entry of the psychiatrist's own patient", async () => {
    const entry = await addEntry(c.alice, "2026-06-09", 3);
    expect(await markReviewed({ id: c.doctor, ip: "203.0.113.1" }, [entry], NOW)).toBe(1);
    expect(await entryRow(entry)).toMatchObject({ reviewedBy: c.doctor, reviewedAt: NOW });
    expect(await auditRows("entry.review")).toEqual([
      { actorId: c.doctor, outcome: "allowed", targetType: "entry", targetId: entry, patientId: c.alice, ip: "203.0.113.1" },
    ]);
    // Marking it again changes nothing and records nothing.
    expect(await markReviewed({ id: c.doctor }, [entry])).toBe(0);
    expect(await auditRows("entry.review")).toHaveLength(1);
  });

  it("marks only the psychiatrist's own entries of a mixed list, and audits the others as denied", async () => {
    const alices = await addEntry(c.alice, "2026-06-09", 3);
    const bobs = await addEntry(c.bob, "2026-06-09", 5);
    const alreadyDone = await addEntry(c.bob, "2026-06-08", 5, { reviewedBy: c.doctor });
    const carols = await addEntry(c.carol, "2026-06-09", 1);

    const marked = await markReviewed({ id: c.doctor }, [alices, carols, bobs, alices, 999_999, alreadyDone, -1, 1.5], NOW);
    expect(marked).toBe(2);
    expect(await entryRow(alices)).toMatchObject({ reviewedBy: c.doctor, reviewedAt: NOW });
    expect(await entryRow(bobs)).toMatchObject({ reviewedBy: c.doctor, reviewedAt: NOW });
    expect((await entryRow(alreadyDone)).reviewedAt).toEqual(new Date("2026-06-01T09:00:00Z"));
    expect(await entryRow(carols)).toMatchObject({ reviewedBy: null, reviewedAt: null });
    expect(await unreviewedCount(c.other)).toBe(1);

    const audit = await auditRows("entry.review");
    expect(audit.map(({ targetId, outcome, patientId }) => ({ targetId, outcome, patientId }))).toEqual([
      { targetId: alices, outcome: "allowed", patientId: c.alice },
      { targetId: carols, outcome: "denied", patientId: c.carol },
      { targetId: bobs, outcome: "allowed", patientId: c.bob },
      { targetId: 999_999, outcome: "denied", patientId: null },
    ]);
  });

  it("changes nothing for another psychiatrist's ids alone", async () => {
    const carols = await addEntry(c.carol, "2026-06-09", 1);
    expect(await markReviewed({ id: c.doctor }, [carols])).toBe(0);
    expect(await entryRow(carols)).toMatchObject({ reviewedAt: null });
    expect(await auditRows("entry.review")).toMatchObject([{ actorId: c.doctor, outcome: "denied", targetId: carols }]);
  });

  it("does nothing for no ids, and ignores ids past the most any screen shows", async () => {
    expect(await markReviewed({ id: c.doctor }, [])).toBe(0);
    const entry = await addEntry(c.alice, "2026-06-09", 3);
    const padding = Array.from({ length: MARK_REVIEWED_MAX }, (_, i) => 1_000_000 + i);
    expect(await markReviewed({ id: c.doctor }, [...padding, entry])).toBe(0);
    expect((await entryRow(entry)).reviewedAt).toBeNull();
    expect(await auditRows("entry.review")).toHaveLength(MARK_REVIEWED_MAX);
  });
});
