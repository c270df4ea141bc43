import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { alertRules, alerts, emailOutbox, patients } from "@/db/schema";
import { checkInToday, deleteEntry, editEntry } from "@/lib/moods/save-entry";
import { saveSetting } from "@/lib/settings/service-settings";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createMessage, createTask } from "@/lib/testing/library";
import { resetDatabase } from "@/lib/testing/reset-database";
import { addEntry, assign } from "@/lib/testing/review";

const NOON = new Date("2026-06-10T12:00:00Z");
const checkIn = (mood: number, note: string | null = null) => ({ mood, note, minutes: 0 });

async function alertsOf(patientId: number) {
  return getDb().select().from(alerts).where(eq(alerts.patientId, patientId)).orderBy(alerts.id);
}

async function alertEmails() {
  return getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "alert"));
}

describe("alerts raised by a check-in", () => {
  let patientId: number;
  let psychiatristEmail: string;
  beforeEach(async () => {
    await resetDatabase();
    psychiatristEmail = "doctor@example.test";
    await createPsychiatrist({ email: psychiatristEmail });
    patientId = (await createPatient({ firstName: "Riley", lastName: "Jones", phone: "+447700900123" })).userId;
    await getDb()
      .update(patients)
      .set({ emergencyContactName: "Sam Jones", emergencyContactPhone: "+447700900456" })
      .where(eq(patients.userId, patientId));
    for (const band of ["low", "middle", "high"] as const) await createTask(band);
    await createMessage();
  });

  it("opens a critical alert for concerning words whatever the mood, and queues one urgent email with what the psychiatrist needs", async () => {
    const saved = await checkInToday(patientId, checkIn(5, "Honestly I want to kill myself"), NOON);
    expect(saved.alertIds).toHaveLength(1);
    const [alert] = await alertsOf(patientId);
    expect(alert).toMatchObject({ rule: "concerning_words", severity: "critical", status: "open", note: "Honestly I want to kill myself", mood: 5, entryDate: "2026-06-10", entryId: saved.entryId });
    expect(alert.reason).toMatch(/kill myself/i);
    const [email] = await alertEmails();
    expect(email).toMatchObject({ toAddress: psychiatristEmail, urgent: true, status: "pending" });
    expect(email.subject).toMatch(/^URGENT: Riley Jones/);
    for (const fact of ["Honestly I want to kill myself", "+447700900123", "Sam Jones, +447700900456", "Okay", `/patients/${patientId}`]) {
      expect(email.textBody).toContain(fact);
    }
    expect(email.htmlBody).toContain("Honestly I want to kill myself");
  });

  it("sends one email for a check-in that trips several rules", async () => {
    await addEntry(patientId, "2026-06-08", 3);
    await addEntry(patientId, "2026-06-09", 2);
    const saved = await checkInToday(patientId, checkIn(1, "I want to die"), NOON);
    expect((await alertsOf(patientId)).map((a) => a.rule).sort()).toEqual(["concerning_words", "low_mood", "low_run"]);
    expect(saved.alertIds).toHaveLength(3);
    const emails = await alertEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0].textBody).toMatch(/3 alerts/);
  });

  it("raises nothing for a calm day", async () => {
    const saved = await checkInToday(patientId, checkIn(6, "Walked the dog, killed it at work"), NOON);
    expect(saved.alertIds).toEqual([]);
    expect(await alertsOf(patientId)).toEqual([]);
    expect(await alertEmails()).toEqual([]);
  });

  it("opens a new alert when an edit trips a rule, and never a second one for the same entry and rule", async () => {
    const first = await checkInToday(patientId, checkIn(5, "fine"), NOON);
    expect(first.alertIds).toEqual([]);
    const edited = await checkInToday(patientId, checkIn(5, "thinking about suicide"), NOON);
    expect(edited.alertIds).toHaveLength(1);
    const again = await editEntry(patientId, first.entryId, checkIn(4, "still thinking about suicide"), NOON);
    expect(again?.alertIds).toEqual([]);
    expect(await alertsOf(patientId)).toHaveLength(1);
    expect(await alertEmails()).toHaveLength(1);
  });

  it("keeps the alert and its copy of the message when the entry is deleted", async () => {
    const saved = await checkInToday(patientId, checkIn(2, "self harm again"), NOON);
    expect(await deleteEntry(patientId, saved.entryId)).toBe(true);
    const rows = await alertsOf(patientId);
    expect(rows).toHaveLength(2);
    expect(rows.every((a) => a.entryId === null && a.note === "self harm again")).toBe(true);
  });

  it("flags a sharp drop against the last 14 days", async () => {
    for (let day = 1; day <= 6; day++) await addEntry(patientId, `2026-06-0${day}`, 7);
    await checkInToday(patientId, checkIn(4), NOON);
    const [alert] = await alertsOf(patientId);
    expect(alert).toMatchObject({ rule: "sharp_drop", severity: "moderate" });
  });

  it("follows the admin's rules: a disabled rule opens nothing", async () => {
    await getDb().insert(alertRules).values({ kind: "low_mood", enabled: false, parameters: JSON.stringify({ atOrBelow: 2 }) });
    expect((await checkInToday(patientId, checkIn(1), NOON)).alertIds).toEqual([]);
  });

  it("sends a link only when the service asks for minimal alert emails", async () => {
    await saveSetting("alertEmailDetail", "minimal", null);
    await checkInToday(patientId, checkIn(5, "I want to end it all"), NOON);
    const [email] = await alertEmails();
    expect(email.subject).toBe("URGENT: a MiWell patient may be at risk");
    for (const detail of ["end it all", "Riley", "+447700900123", "Okay"]) {
      expect(email.textBody).not.toContain(detail);
      expect(email.htmlBody).not.toContain(detail);
    }
    expect(email.textBody).toContain("/alerts");
  });

  it("writes what the patient wrote into the HTML email as text, not markup", async () => {
    await checkInToday(patientId, checkIn(5, `<script>alert(1)</script> I want to die`), NOON);
    const [email] = await alertEmails();
    expect(email.htmlBody).not.toContain("<script>");
    expect(email.htmlBody).toContain("&lt;script&gt;alert(1)&lt;/script&gt; I want to die");
  });

  it("emails the psychiatrist the patient is assigned to now", async () => {
    const other = await createPsychiatrist({ email: "second@example.test" });
    await assign(patientId, other);
    await checkInToday(patientId, checkIn(1), NOON);
    const [email] = await alertEmails();
    expect(email).toMatchObject({ toAddress: "second@example.test", userId: other });
  });
});
