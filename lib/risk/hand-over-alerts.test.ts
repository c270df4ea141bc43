import { and, eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, users } from "@/db/schema";
import { disableAccount } from "@/lib/admin/people/account-status";
import { movePatient } from "@/lib/admin/people/move-patient";
import { alertIdOfKey } from "@/lib/notifications/email-keys";
import { saveSetting } from "@/lib/settings/service-settings";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAlert } from "@/lib/testing/alerts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { setAccepting } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";

/** The handover emails queued, as their recipients would read them. */
async function handovers() {
  return getDb()
    .select({ key: emailOutbox.dedupeKey, to: emailOutbox.toAddress, userId: emailOutbox.userId, urgent: emailOutbox.urgent, subject: emailOutbox.subject, text: emailOutbox.textBody })
    .from(emailOutbox)
    .where(like(emailOutbox.dedupeKey, "handover:%"));
}

async function emailOf(userId: number): Promise<string> {
  const [row] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row.email;
}

describe("handing a patient's unresolved alerts over when they move", () => {
  let admin: number;
  let from: number;
  let to: number;
  let patient: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    from = await createPsychiatrist();
    patient = (await createPatient({ firstName: "Noor", lastName: "Haddad", phone: "+447700900123", emergencyContactName: "Sam Haddad", emergencyContactPhone: "+447700900456" })).userId;
    to = await createPsychiatrist();
  });

  it("emails the new psychiatrist at once with every unresolved alert, the words that raised it and how to reach the patient", async () => {
    await createAlert({ patientId: patient, rule: "low_mood", severity: "high", status: "acknowledged", reason: "Mood was Very low.", note: "Tired of everything", entryDate: "2026-06-08" });
    const newer = await createAlert({ patientId: patient, rule: "concerning_words", severity: "critical", reason: "The note says “no way out”.", note: "I see no way out", entryDate: "2026-06-09", mood: 3 });
    await createAlert({ patientId: patient, rule: "sharp_drop", severity: "high", status: "resolved", reason: "Long since dealt with." });

    expect(await movePatient({ id: admin }, patient, to)).toMatchObject({ ok: true, done: "moved" });

    const [email, ...others] = await handovers();
    expect(others).toEqual([]);
    expect(email).toMatchObject({ to: await emailOf(to), userId: to, urgent: true });
    expect(alertIdOfKey(email.key)).toBe(newer);
    expect(email.subject).toBe("URGENT: Noor Haddad is now your patient, with 2 unresolved at-risk alerts");
    // Most severe first, with the patient's own words and every way to reach them.
    expect(email.text.indexOf("I see no way out")).toBeLessThan(email.text.indexOf("Tired of everything"));
    expect(email.text).toContain("Severity high, acknowledged.");
    expect(email.text).not.toContain("Long since dealt with.");
    for (const detail of ["+447700900123", "Sam Haddad, +447700900456", `/patients/${patient}`]) expect(email.text).toContain(detail);
  });

  it("tells each psychiatrist who takes a patient from one who is disabled, and no one about patients without unresolved alerts", async () => {
    const quiet = (await createPatient()).userId;
    const third = await createPsychiatrist();
    await movePatient({ id: admin }, quiet, from);
    await movePatient({ id: admin }, patient, from);
    await createAlert({ patientId: patient, rule: "silence", severity: "high" });
    expect(await handovers()).toEqual([]);

    expect(await disableAccount({ id: admin }, from)).toMatchObject({ ok: true, moved: 2 });
    const emails = await handovers();
    expect(emails).toHaveLength(1);
    expect([to, third]).toContain(emails[0].userId);
    expect(emails[0].text).toContain("Silence");
  });

  it("keeps health details out in the minimal form, as the alert email does", async () => {
    await saveSetting("alertEmailDetail", "minimal", admin);
    await createAlert({ patientId: patient, rule: "concerning_words", severity: "critical", note: "I see no way out" });
    await setAccepting(to, false);
    await movePatient({ id: admin }, patient, to);
    const [email] = await handovers();
    expect(email.subject).toBe("URGENT: a patient with an at-risk alert is now yours in MiWell");
    expect(email.text).not.toMatch(/Noor|no way out|447700900123/);
    expect(email.text).toContain("/alerts");
  });

  it("tells them again when the patient moves on, and not twice for the same move", async () => {
    await createAlert({ patientId: patient, rule: "low_mood", severity: "high" });
    await movePatient({ id: admin }, patient, to);
    await movePatient({ id: admin }, patient, from);
    await movePatient({ id: admin }, patient, to);
    const emails = await handovers();
    expect(emails.map((e) => e.userId).sort()).toEqual([from, to].sort());
    expect(await getDb().select().from(emailOutbox).where(and(eq(emailOutbox.userId, to), like(emailOutbox.dedupeKey, "handover:%")))).toHaveLength(1);
  });
});
