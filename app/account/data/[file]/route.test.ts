import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { createPsychiatrist } from "@/lib/testing/accounts";
import { type ExportWorld, exportWorld, TRICKY_NOTES } from "@/lib/testing/account-export";
import { csvRecords } from "@/lib/testing/csv";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { auditRows } from "@/lib/testing/review";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the route must check the account itself.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));

const { GET } = await import("./route");

const signInAs = (userId: number, sessionVersion = 1) => (session.current = { userId, role: "any", sessionVersion, sessionId: TEST_SESSION_ID });

function download(file: string): Promise<Response> {
  const request = new Request(`http://miwell.test/account/data/${file}`, { headers: { "x-forwarded-for": "198.51.100.4" } });
  return GET(request, { params: Promise.resolve({ file }) });
}

async function exportRowCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(auditLog).where(eq(auditLog.action, "account.export"));
  return Number(n);
}

const DATED = (stem: string, extension: string) => new RegExp(`^attachment; filename="${stem}-\\d{4}-\\d{2}-\\d{2}\\.${extension}"$`);

describe("GET /account/data/[file]", () => {
  let w: ExportWorld;
  beforeEach(async () => {
    await resetDatabase();
    w = await exportWorld();
    session.current = null;
  });

  it("sends the anonymous, and a session that has ended, to sign in and back to the download page", async () => {
    for (const file of ["miwell-data.json", "miwell-entries.csv", "nothing.txt"]) {
      const response = await download(file);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("http://miwell.test/login?callbackUrl=%2Faccount%2Fdata");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    signInAs(w.alice, 2);
    expect((await download("miwell-data.json")).status).toBe(303);
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, w.alice));
    signInAs(w.alice);
    expect((await download("miwell-data.json")).status).toBe(303);
    expect(await exportRowCount()).toBe(0);
  });

  it("gives a patient their JSON as a dated attachment that is never cached, and audits it", async () => {
    signInAs(w.alice);
    const response = await download("miwell-data.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(DATED("miwell-data", "json"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const data = await response.json();
    expect(data).toMatchObject({ format: "miwell-account-export", version: 1, role: "patient", profile: { firstName: "Alice", psychiatrist: "Dana Doctor" } });
    expect(Number.isNaN(Date.parse(data.exportedAt))).toBe(false);
    expect(data.entries.map((e: { note: string | null }) => e.note)).toEqual([TRICKY_NOTES.commaAndQuotes, TRICKY_NOTES.emoji, null, TRICKY_NOTES.lines, TRICKY_NOTES.formula]);
    expect(data.entries[0].reply.text).toBe("Thank you for telling me. Let's talk on Friday.");
    expect(data.tasks.pinned[0].title).toBe("Body scan");
    expect(data.alerts).toHaveLength(2);
    expect(JSON.stringify(data)).not.toContain("Carol");
    expect(await auditRows("account.export")).toEqual([
      { actorId: w.alice, outcome: "allowed", targetType: "user", targetId: w.alice, patientId: w.alice, ip: "198.51.100.4" },
    ]);
  });

  it("gives a patient their entries as a CSV that reads back to the same notes", async () => {
    signInAs(w.alice);
    const response = await download("miwell-entries.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toMatch(DATED("miwell-entries", "csv"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = csvRecords(bytes.toString("utf8"));
    expect(records.map((r) => [r.Date, r["Mood word"], r.Note])).toEqual([
      ["2026-06-01", "Very low", TRICKY_NOTES.commaAndQuotes],
      ["2026-06-02", "Good", TRICKY_NOTES.emoji],
      ["2026-06-03", "Okay", ""],
      ["2026-06-04", "Uneasy", TRICKY_NOTES.lines],
      // A spreadsheet shows it as text instead of running it.
      ["2026-06-05", "Okay", `'${TRICKY_NOTES.formula}`],
    ]);
    expect(records[0]).toMatchObject({ "Times edited": "2", Reply: "Thank you for telling me. Let's talk on Friday.", "Reply by": "Dana Doctor" });
  });

  it("gives a psychiatrist, approved or not, their JSON with their replies, and no CSV", async () => {
    signInAs(w.doctor);
    const response = await download("miwell-data.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(DATED("miwell-data", "json"));
    const data = await response.json();
    expect(data).toMatchObject({ role: "psychiatrist", profile: { firstName: "Dana" }, replies: [{ patientId: w.alice, entryDate: "2026-06-01" }] });
    expect(JSON.stringify(data)).not.toContain("Alice");

    const csv = await download("miwell-entries.csv");
    expect(csv.status).toBe(404);
    expect(csv.headers.get("content-disposition")).toBeNull();
    expect(await exportRowCount()).toBe(1);

    signInAs(await createPsychiatrist({ approved: false }));
    expect(await (await download("miwell-data.json")).json()).toMatchObject({ role: "psychiatrist", profile: { approvedAt: null }, replies: [] });
  });

  it("gives an admin their JSON and no CSV", async () => {
    const admin = await createAdminAccount();
    signInAs(admin);
    const response = await download("miwell-data.json");
    expect(response.status).toBe(200);
    expect(Object.keys(await response.json()).sort()).toEqual(["exportedAt", "format", "profile", "role", "version"]);
    expect((await download("miwell-entries.csv")).status).toBe(404);
    expect(await exportRowCount()).toBe(1);
  });

  it("finds no other file, and reads nothing for it", async () => {
    signInAs(w.alice);
    for (const file of ["miwell-data.csv", "entries.csv", "toString", "..%2Fmiwell-data.json"]) {
      const response = await download(file);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(await exportRowCount()).toBe(0);
  });
});
