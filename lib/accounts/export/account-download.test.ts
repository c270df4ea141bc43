import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { type ExportWorld, exportWorld, TRICKY_NOTES } from "@/lib/testing/account-export";
import { csvRecords } from "@/lib/testing/csv";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { auditRows } from "@/lib/testing/review";
import { accountDownload, filesFor, isAccountFile } from "./account-download";

// 23:30 in London on the 9th is already the 10th there (BST): files are dated in the user's own day.
const NOW = new Date("2026-06-09T23:30:00Z");

describe("the files a user can download", () => {
  it("are the JSON for everyone and the CSV for patients only", () => {
    expect(filesFor("patient")).toEqual(["miwell-data.json", "miwell-entries.csv"]);
    expect(filesFor("psychiatrist")).toEqual(["miwell-data.json"]);
    expect(filesFor("admin")).toEqual(["miwell-data.json"]);
    expect(["miwell-data.json", "miwell-entries.csv", "toString", "constructor", "", "../miwell-data.json"].map(isAccountFile)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("accountDownload", () => {
  let w: ExportWorld;
  beforeEach(async () => {
    await resetDatabase();
    w = await exportWorld();
  });

  it("gives a patient their data as JSON, dated in their time zone", async () => {
    const result = await accountDownload({ id: w.alice }, "miwell-data.json", NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.download).toMatchObject({ fileName: "miwell-data-2026-06-10.json", contentType: "application/json; charset=utf-8" });
    const parsed = JSON.parse(result.download.body);
    expect(parsed).toMatchObject({ role: "patient", version: 1, exportedAt: NOW.toISOString(), profile: { firstName: "Alice" } });
    expect(parsed.entries).toHaveLength(5);
  });

  it("gives a patient their entries as CSV", async () => {
    const result = await accountDownload({ id: w.alice }, "miwell-entries.csv", NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.download).toMatchObject({ fileName: "miwell-entries-2026-06-10.csv", contentType: "text/csv; charset=utf-8; header=present" });
    expect(csvRecords(result.download.body).map((r) => r.Note)).toEqual([
      TRICKY_NOTES.commaAndQuotes,
      TRICKY_NOTES.emoji,
      "",
      TRICKY_NOTES.lines,
      `'${TRICKY_NOTES.formula}`,
    ]);
  });

  it("finds no CSV for a psychiatrist or an admin, and no file by another name", async () => {
    const admin = await createAdminAccount();
    expect(await accountDownload({ id: w.doctor }, "miwell-entries.csv", NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(await accountDownload({ id: admin }, "miwell-entries.csv", NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(await accountDownload({ id: w.alice }, "passwords.json", NOW)).toEqual({ ok: false, reason: "not-found" });
    const doctors = await accountDownload({ id: w.doctor }, "miwell-data.json", NOW);
    expect(doctors.ok && JSON.parse(doctors.download.body).role).toBe("psychiatrist");
  });

  it("refuses a disabled account", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, w.alice));
    expect(await accountDownload({ id: w.alice }, "miwell-entries.csv", NOW)).toEqual({ ok: false, reason: "refused" });
    expect((await auditRows("account.export")).map((r) => r.outcome)).toEqual(["denied"]);
  });
});
