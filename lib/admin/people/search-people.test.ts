import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { auditTrail } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { PEOPLE_COUNT_LIMIT, PEOPLE_PAGE_SIZE } from "./people-query";
import { searchPeople } from "./search-people";

/** Many admin accounts at once, straight into the table: only the list reads them. */
async function insertPeople(n: number): Promise<void> {
  const values = Array.from({ length: n }, (_, i) => ({
    email: `bulk-${i}@example.test`,
    passwordHash: "x",
    role: "admin" as const,
    firstName: "Bulk",
    lastName: `Person ${i}`,
    phone: "+442079460000",
    timezone: "Europe/London",
  }));
  await getDb().insert(users).values(values);
}

describe("searching every account", () => {
  let admin: number;
  let doctor: number;
  let pending: number;
  let ann: number;
  let bea: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    doctor = await createPsychiatrist({ firstName: "Dana", lastName: "Okoro" });
    pending = await createPsychiatrist({ approved: false, firstName: "Pat", lastName: "Waiting" });
    ann = (await createPatient({ firstName: "Ann", lastName: "Lee_Smith", email: "ann.lee@example.test" })).userId;
    bea = (await createPatient({ firstName: "Bea", lastName: "Annan", email: "bea@clinic.test" })).userId;
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, bea));
  });

  const ids = async (options: Parameters<typeof searchPeople>[1]) => (await searchPeople({ id: admin }, options))!.rows.map((r) => r.id);

  it("lists everyone newest first, with what the list shows, and audits the view", async () => {
    const page = (await searchPeople({ id: admin, ip: "192.0.2.7" }))!;
    expect(page.rows.map((r) => r.id)).toEqual([bea, ann, pending, doctor, admin]);
    expect(page).toMatchObject({ total: 5, more: false, page: 1, pageCount: 1, query: { search: "", role: "any", status: "any", page: 1 } });
    expect(page.rows[1]).toEqual({
      id: ann,
      firstName: "Ann",
      lastName: "Lee_Smith",
      email: "ann.lee@example.test",
      role: "patient",
      status: "active",
      createdAt: expect.any(Date),
    });
    expect(await auditTrail()).toEqual([{ actorId: admin, action: "people.search", outcome: "allowed", targetType: null, targetId: null, patientId: null }]);
  });

  it("filters by role and status, and finds a name or an email containing the search, in any case", async () => {
    expect(await ids({ role: "patient" })).toEqual([bea, ann]);
    expect(await ids({ role: "psychiatrist", status: "pending" })).toEqual([pending]);
    expect(await ids({ status: "disabled" })).toEqual([bea]);
    expect(await ids({ role: "admin", status: "disabled" })).toEqual([]);
    // "ann" is in Ann's first name and Bea's last name; "ANN LEE" across Ann's first and last.
    expect(await ids({ search: "ann" })).toEqual([bea, ann]);
    expect(await ids({ search: "ANN LEE" })).toEqual([ann]);
    expect(await ids({ search: "clinic.test" })).toEqual([bea]);
    expect(await ids({ search: "ann", status: "active" })).toEqual([ann]);
    // LIKE's wildcards are taken literally.
    expect(await ids({ search: "_" })).toEqual([ann]);
    expect(await ids({ search: "%" })).toEqual([]);
    expect(await ids({ search: "Lee!" })).toEqual([]);
  });

  it("pages 25 at a time, a page past the last showing the last", async () => {
    await insertPeople(PEOPLE_PAGE_SIZE);
    const first = (await searchPeople({ id: admin }, { page: 1 }))!;
    expect(first).toMatchObject({ total: PEOPLE_PAGE_SIZE + 5, pageCount: 2 });
    expect(first.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    const last = (await searchPeople({ id: admin }, { page: 9 }))!;
    expect(last).toMatchObject({ page: 2, query: { page: 2 } });
    expect(last.rows.map((r) => r.id)).toEqual([bea, ann, pending, doctor, admin]);
  });

  it("stops counting at the limit and says there are more", async () => {
    await insertPeople(PEOPLE_COUNT_LIMIT);
    const page = (await searchPeople({ id: admin }, { search: "bulk", page: 1000 }))!;
    expect(page).toMatchObject({ total: PEOPLE_COUNT_LIMIT, more: false, pageCount: PEOPLE_COUNT_LIMIT / PEOPLE_PAGE_SIZE });
    const all = (await searchPeople({ id: admin }))!;
    expect(all).toMatchObject({ total: PEOPLE_COUNT_LIMIT, more: true });
  });

  it("says nothing matched", async () => {
    expect(await searchPeople({ id: admin }, { search: "nobody at all" })).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
  });

  it("refuses anyone but an active admin, auditing the attempt", async () => {
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const actor of [ann, doctor, pending, disabledAdmin]) expect(await searchPeople({ id: actor })).toBeNull();
    expect((await auditTrail()).map((r) => [r.actorId, r.action, r.outcome])).toEqual(
      [ann, doctor, pending, disabledAdmin].map((id) => [id, "people.search", "denied"]),
    );
  });
});
