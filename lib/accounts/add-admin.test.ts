import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { verifySignIn } from "@/lib/auth/verify-sign-in";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addAdmin } from "./add-admin";
import { EMAIL_TAKEN } from "./messages";

const FIELDS = { email: " Ada.Admin@Example.org ", firstName: "Ada", lastName: "Okafor", phone: "020 7946 0018" };

describe("adding an admin from the shell", () => {
  beforeEach(resetDatabase);

  it("makes an active admin who can sign in with the password given back once, and audits it", async () => {
    const added = await addAdmin(FIELDS);
    if (!added.ok) throw new Error(JSON.stringify(added.problems));
    expect(added.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const [row] = await getDb().select().from(users).where(eq(users.id, added.id));
    expect(row).toMatchObject({ email: "ada.admin@example.org", role: "admin", status: "active", phone: "+442079460018", timezone: "Europe/London" });
    expect(row.passwordHash).not.toContain(added.password);
    expect(await verifySignIn("ada.admin@example.org", added.password, "192.0.2.1")).toMatchObject({ ok: true, user: { id: added.id, role: "admin" } });
    const trail = await getDb().select({ actorId: auditLog.actorId, targetId: auditLog.targetId }).from(auditLog).where(eq(auditLog.action, "account.create-admin"));
    expect(trail).toEqual([{ actorId: null, targetId: added.id }]);
  });

  it("gives each admin a password of their own", async () => {
    const first = await addAdmin(FIELDS);
    const second = await addAdmin({ ...FIELDS, email: "second@example.org" });
    expect(first.ok && second.ok && first.password !== second.password).toBe(true);
  });

  it("refuses what the account form refuses, naming each field, and stores nothing", async () => {
    expect(await addAdmin({ email: "not an email", firstName: "", lastName: "Okafor", phone: "12", timezone: "Mars/Olympus" })).toEqual({
      ok: false,
      problems: [
        { field: "firstName", message: "Enter your first name" },
        { field: "email", message: "Enter a valid email address, like name@example.com" },
        { field: "phone", message: "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018" },
        { field: "timezone", message: "Choose a valid time zone, like Europe/London" },
      ],
    });
    await addAdmin(FIELDS);
    expect(await addAdmin({ ...FIELDS, email: "ADA.ADMIN@example.org" })).toEqual({ ok: false, problems: [{ field: "email", message: EMAIL_TAKEN }] });
    expect(await getDb().select({ id: users.id }).from(users)).toHaveLength(1);
    expect(await getDb().select().from(auditLog).where(eq(auditLog.action, "account.create-admin"))).toHaveLength(1);
  });
});
