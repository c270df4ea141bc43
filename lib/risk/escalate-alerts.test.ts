import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alerts, emailOutbox, users } from "@/db/schema";
import { createAdmin } from "@/lib/accounts/create-admin";
import { saveSetting } from "@/lib/settings/service-settings";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAlert } from "@/lib/testing/alerts";
import { resetDatabase } from "@/lib/testing/reset-database";
import { escalateOverdueAlerts } from "./escalate-alerts";

const HOUR = 3_600_000;
const LOW = { rule: "low_mood", severity: "high" } as const;

async function escalationEmails() {
  return getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "escalation")).orderBy(emailOutbox.toAddress);
}

describe("escalating unacknowledged alerts", () => {
  let patientId: number;
  let raisedAt: Date;
  beforeEach(async () => {
    await resetDatabase();
    await createPsychiatrist({ firstName: "Amara", lastName: "Okafor", phone: "+447700900777" });
    patientId = (await createPatient({ firstName: "Riley", lastName: "Jones" })).userId;
    for (const name of ["one", "two"]) {
      await createAdmin({ email: `admin.${name}@example.test`, firstName: "Admin", lastName: name, phone: "+442079460999", timezone: "Europe/London" }, "a-long-admin-password");
    }
    raisedAt = new Date("2026-06-10T08:00:00Z");
  });

  it("emails every active admin once the deadline passes, and marks the alert escalated", async () => {
    const alertId = await createAlert({ patientId, rule: "concerning_words", severity: "critical", createdAt: raisedAt });
    expect(await escalateOverdueAlerts(new Date(raisedAt.getTime() + 4 * HOUR - 1000))).toBe(0);
    expect(await escalationEmails()).toEqual([]);

    const at = new Date(raisedAt.getTime() + 4 * HOUR + 1000);
    expect(await escalateOverdueAlerts(at)).toBe(1);
    const [alert] = await getDb().select().from(alerts).where(eq(alerts.id, alertId));
    expect(alert.escalatedAt).toEqual(at);
    const emails = await escalationEmails();
    expect(emails.map((e) => e.toAddress)).toEqual(["admin.one@example.test", "admin.two@example.test"]);
    expect(emails[0].subject).toMatch(/^ESCALATED: .*Riley Jones/);
    expect(emails[0].textBody).toContain("Amara Okafor, +447700900777");
    expect(emails[0].urgent).toBe(true);

    // Escalated once: later sweeps leave it alone.
    expect(await escalateOverdueAlerts(new Date(at.getTime() + HOUR))).toBe(0);
    expect(await escalationEmails()).toHaveLength(2);
  });

  it("leaves acknowledged and resolved alerts, and disabled admins, out", async () => {
    await createAlert({ patientId, ...LOW, status: "acknowledged", createdAt: raisedAt });
    await createAlert({ patientId, ...LOW, status: "resolved", createdAt: raisedAt });
    expect(await escalateOverdueAlerts(new Date(raisedAt.getTime() + 10 * HOUR))).toBe(0);
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.email, "admin.two@example.test"));
    await createAlert({ patientId, ...LOW, createdAt: raisedAt });
    expect(await escalateOverdueAlerts(new Date(raisedAt.getTime() + 10 * HOUR))).toBe(1);
    expect((await escalationEmails()).map((e) => e.toAddress)).toEqual(["admin.one@example.test"]);
  });

  it("uses the admin's deadline", async () => {
    await saveSetting("escalationHours", 1, null);
    await createAlert({ patientId, ...LOW, createdAt: raisedAt });
    expect(await escalateOverdueAlerts(new Date(raisedAt.getTime() + HOUR + 1000))).toBe(1);
  });

  it("escalates each alert once when several workers sweep at the same moment", async () => {
    for (let n = 0; n < 5; n++) await createAlert({ patientId, ...LOW, createdAt: raisedAt });
    const at = new Date(raisedAt.getTime() + 5 * HOUR);
    const counts = await Promise.all([escalateOverdueAlerts(at), escalateOverdueAlerts(at), escalateOverdueAlerts(at)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(await escalationEmails()).toHaveLength(10);
  });

  it("sends only a link in the minimal form", async () => {
    await saveSetting("alertEmailDetail", "minimal", null);
    await createAlert({ patientId, ...LOW, createdAt: raisedAt });
    await escalateOverdueAlerts(new Date(raisedAt.getTime() + 5 * HOUR));
    const [email] = await escalationEmails();
    expect(email.textBody).not.toContain("Riley");
    expect(email.textBody).toContain("/admin");
  });
});
