import { eq, like } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailOutbox, users } from "@/db/schema";
import { EMAIL_TAKEN } from "@/lib/accounts/messages";
import { EMERGENCY_CONTACT_NAME_MISSING, EMERGENCY_CONTACT_PHONE_MISSING } from "@/lib/accounts/schemas";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueDueReminders } from "@/lib/notifications/queue-reminders";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { accountEmails, patientRow, postedProfile, psychiatristRow } from "@/lib/testing/account-profile";
import { createAdminAccount, outboxRow, queueTestEmail } from "@/lib/testing/outbox";
import { auditTrail, userRow } from "@/lib/testing/people";
import { resetDatabase } from "@/lib/testing/reset-database";
import { ACCOUNT_UNAVAILABLE } from "./own-account";
import { ownProfile } from "./own-profile";
import { updateOwnProfile } from "./update-own-profile";

// Queuing the old address's notice fails when a test says so, as a lost database would fail it.
const failNotice = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/notifications/outbox", async (load) => {
  const actual = await load<typeof import("@/lib/notifications/outbox")>();
  return {
    ...actual,
    queueEmail: (...args: Parameters<typeof actual.queueEmail>) => (failNotice.on ? Promise.reject(new Error("connection lost")) : actual.queueEmail(...args)),
  };
});

const ip = "203.0.113.70";

describe("updateOwnProfile", () => {
  let psychiatristId: number;
  let patientId: number;
  let patientEmail: string;
  beforeEach(async () => {
    await resetDatabase();
    psychiatristId = await createPsychiatrist({ email: "doctor@example.test" });
    ({ userId: patientId, email: patientEmail } = await createPatient({ firstName: "Riley" }));
  });

  it("saves a patient's details under the registration rules, and audits the change without its values", async () => {
    const form = await postedProfile(patientId, {
      firstName: " Rowan ",
      phone: "07911 123456",
      postcode: "sw1a2aa",
      timezone: "europe/paris",
      medicalNotes: "Sertraline 50 mg",
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: "+33 1 42 68 53 00",
      remindersOptIn: "on",
      reminderTime: "07:30",
    });
    expect(await updateOwnProfile({ id: patientId, ip }, form)).toEqual({ ok: true });
    expect(await userRow(patientId)).toMatchObject({ firstName: "Rowan", phone: "+447911123456", timezone: "Europe/Paris", email: patientEmail, sessionVersion: 1 });
    expect(await patientRow(patientId)).toMatchObject({
      psychiatristId,
      postcode: "SW1A 2AA",
      medicalNotes: "Sertraline 50 mg",
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: "+33142685300",
      remindersOptIn: true,
      reminderTime: "07:30",
    });
    expect(await auditTrail("account.update")).toEqual([
      { actorId: patientId, action: "account.update", outcome: "allowed", targetType: "user", targetId: patientId, patientId },
    ]);
    expect(await accountEmails(patientId)).toEqual([]);
  });

  it("clears what a patient empties: notes, the whole emergency contact, the reminder", async () => {
    await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { medicalNotes: "x", emergencyContactName: "Sam", emergencyContactPhone: "07911 123456", remindersOptIn: "on", reminderTime: "08:00" }));
    const form = await postedProfile(patientId, { medicalNotes: " ", emergencyContactName: "", emergencyContactPhone: "", remindersOptIn: undefined, reminderTime: undefined });
    expect(await updateOwnProfile({ id: patientId }, form)).toEqual({ ok: true });
    expect(await patientRow(patientId)).toMatchObject({ medicalNotes: null, emergencyContactName: null, emergencyContactPhone: null, remindersOptIn: false, reminderTime: null });
  });

  it("asks for the missing half of an emergency contact and changes nothing", async () => {
    const before = await patientRow(patientId);
    const nameOnly = await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { firstName: "Changed", emergencyContactName: "Sam Jones" }));
    expect(nameOnly).toMatchObject({ ok: false, fieldErrors: { emergencyContactPhone: [EMERGENCY_CONTACT_PHONE_MISSING] } });
    const phoneOnly = await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { emergencyContactPhone: "07911 123456" }));
    expect(phoneOnly).toMatchObject({ ok: false, fieldErrors: { emergencyContactName: [EMERGENCY_CONTACT_NAME_MISSING] } });
    expect(await patientRow(patientId)).toEqual(before);
    expect(await userRow(patientId)).toMatchObject({ firstName: "Riley" });
    expect(await auditTrail("account.update")).toEqual([]);
  });

  it("answers bad input with a message per field and leaves every row as it was", async () => {
    const [userBefore, patientBefore] = [await userRow(patientId), await patientRow(patientId)];
    const form = await postedProfile(patientId, { firstName: "New", email: "nope", phone: "12", postcode: "XYZ", timezone: "Mars/Olympus", reminderTime: "7pm", remindersOptIn: "yes" });
    const result = await updateOwnProfile({ id: patientId }, form);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.fieldErrors).sort()).toEqual(["email", "phone", "postcode", "reminderTime", "remindersOptIn", "timezone"]);
    expect(await userRow(patientId)).toEqual(userBefore);
    expect(await patientRow(patientId)).toEqual(patientBefore);
    expect(await auditTrail("account.update")).toEqual([]);
  });

  it("checks the form with the role the account has, whatever the form claims", async () => {
    // A patient's form without a postcode is refused for the postcode, however it is dressed up.
    const form = await postedProfile(patientId, { postcode: undefined, role: "admin" });
    expect(await updateOwnProfile({ id: patientId }, form)).toMatchObject({ ok: false, fieldErrors: { postcode: ["Enter your postcode"] } });
    // An admin's form ignores fields only other roles have.
    const admin = await createAdminAccount();
    const adminForm = await postedProfile(admin, { lastName: "Lovelace", postcode: "nonsense", bio: "x", medicalNotes: "y" });
    expect(await updateOwnProfile({ id: admin }, adminForm)).toEqual({ ok: true });
    expect(await userRow(admin)).toMatchObject({ lastName: "Lovelace", role: "admin" });
  });

  it("changes the sign-in email, and tells the old address in the same transaction without naming the new one", async () => {
    const form = await postedProfile(patientId, { email: " Rowan.New@Example.TEST " });
    expect(await updateOwnProfile({ id: patientId, ip }, form)).toEqual({ ok: true });
    expect(await userRow(patientId)).toMatchObject({ email: "rowan.new@example.test", emailKey: "rowan.new@example.test" });
    const [notice] = await accountEmails(patientId);
    expect(notice).toMatchObject({ toAddress: patientEmail, subject: "Your MiWell sign-in email was changed", status: "pending" });
    expect(notice.dedupeKey).toMatch(new RegExp(`^email-changed:${patientId}:\\d+$`));
    expect(notice.textBody).toContain("Hello Riley,");
    expect(notice.textBody).toContain("contact the charity");
    expect(notice.textBody).not.toContain("rowan.new");
    expect(notice.htmlBody).not.toContain("rowan.new");
    // Saving again with the new address is not a change.
    expect(await updateOwnProfile({ id: patientId }, await postedProfile(patientId))).toEqual({ ok: true });
    expect(await accountEmails(patientId)).toHaveLength(1);
  });

  it("changes neither the email nor anything else when the notice to the old address cannot be queued", async () => {
    failNotice.on = true;
    try {
      await expect(updateOwnProfile({ id: patientId }, await postedProfile(patientId, { email: "new@example.test", firstName: "Changed" }))).rejects.toThrow("connection lost");
    } finally {
      failNotice.on = false;
    }
    expect(await userRow(patientId)).toMatchObject({ email: patientEmail, firstName: "Riley" });
    expect(await auditTrail("account.update")).toEqual([]);
  });

  it("refuses an email any other account has, in any letter case and whatever its role, and changes nothing", async () => {
    const admin = await createAdminAccount();
    const adminEmail = (await userRow(admin)).email;
    const { email: otherPatient } = await createPatient();
    for (const taken of ["DOCTOR@example.test", adminEmail.toUpperCase(), otherPatient]) {
      const result = await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { email: taken, firstName: "Changed" }));
      expect(result).toEqual({ ok: false, message: "Please correct the highlighted field.", fieldErrors: { email: [EMAIL_TAKEN] } });
    }
    expect(await userRow(patientId)).toMatchObject({ email: patientEmail, firstName: "Riley" });
    expect(await accountEmails(patientId)).toEqual([]);
    expect(await auditTrail("account.update")).toEqual([]);
  });

  it("saves a psychiatrist's bio, postcode and whether they take new patients, never their BACP number", async () => {
    const before = await psychiatristRow(psychiatristId);
    const bio = "Fifteen years with adults living with anxiety and low mood.";
    const form = await postedProfile(psychiatristId, { bio, postcode: "m11ae", acceptingNewPatients: undefined, registrationNumber: "999999" });
    expect(await updateOwnProfile({ id: psychiatristId }, form)).toEqual({ ok: true });
    expect(await psychiatristRow(psychiatristId)).toEqual({ ...before, bio, postcode: "M1 1AE", acceptingNewPatients: false });
    expect(await updateOwnProfile({ id: psychiatristId }, await postedProfile(psychiatristId, { acceptingNewPatients: "on" }))).toEqual({ ok: true });
    expect(await psychiatristRow(psychiatristId)).toMatchObject({ acceptingNewPatients: true, registrationNumber: before.registrationNumber });
    expect(await auditTrail("account.update")).toEqual([
      expect.objectContaining({ actorId: psychiatristId, targetId: psychiatristId, patientId: null }),
      expect.objectContaining({ actorId: psychiatristId, targetId: psychiatristId, patientId: null }),
    ]);
  });

  it("asks a psychiatrist for a bio, and lets one awaiting approval edit their details too", async () => {
    expect(await updateOwnProfile({ id: psychiatristId }, await postedProfile(psychiatristId, { bio: "short" }))).toMatchObject({
      ok: false,
      fieldErrors: { bio: ["Write a short bio of at least 20 characters"] },
    });
    const pending = await createPsychiatrist({ approved: false });
    expect(await ownProfile(pending)).toMatchObject({ role: "psychiatrist", approved: false });
    expect(await updateOwnProfile({ id: pending }, await postedProfile(pending, { phone: "+1 212 555 0199" }))).toEqual({ ok: true });
    expect(await userRow(pending)).toMatchObject({ phone: "+12125550199", status: "pending" });
  });

  it("shows each role its own details as form values", async () => {
    const admin = await createAdminAccount();
    expect(await ownProfile(admin)).toEqual({
      role: "admin",
      values: { firstName: "Ada", lastName: expect.any(String), email: expect.any(String), phone: "+442079460789", timezone: "Europe/London" },
    });
    expect(await ownProfile(patientId)).toMatchObject({
      role: "patient",
      values: { firstName: "Riley", email: patientEmail, medicalNotes: "", emergencyContactName: "", emergencyContactPhone: "", remindersOptIn: false, reminderTime: "" },
    });
    expect(await ownProfile(psychiatristId)).toMatchObject({
      role: "psychiatrist",
      approved: true,
      registrationNumber: expect.stringMatching(/^\d{6}$/),
      values: { email: "doctor@example.test", acceptingNewPatients: true, postcode: "M1 1AE" },
    });
  });

  it("refuses a disabled or deleted account, writing the refusal to the audit trail", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, patientId));
    const form = await postedProfile(psychiatristId);
    expect(await ownProfile(patientId)).toBeNull();
    expect(await ownProfile(patientId + 1000)).toBeNull();
    expect(await updateOwnProfile({ id: patientId, ip }, { ...form, firstName: "Changed" })).toEqual({ ok: false, message: ACCOUNT_UNAVAILABLE, fieldErrors: {} });
    expect(await updateOwnProfile({ id: patientId + 1000 }, form)).toMatchObject({ ok: false, message: ACCOUNT_UNAVAILABLE });
    expect(await userRow(patientId)).toMatchObject({ firstName: "Riley" });
    expect(await auditTrail("account.update")).toEqual([
      { actorId: patientId, action: "account.update", outcome: "denied", targetType: "user", targetId: patientId, patientId: null },
      { actorId: patientId + 1000, action: "account.update", outcome: "denied", targetType: "user", targetId: patientId + 1000, patientId: null },
    ]);
  });
});

describe("updateOwnProfile and a reminder waiting to be sent", () => {
  // 13:00 in London, where the patients live.
  const NOW = new Date("2026-06-10T12:00:00Z");
  const TODAY = "2026-06-10";
  let patientId: number;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
    await resetDatabase();
    await createPsychiatrist();
    ({ userId: patientId } = await createPatient({ remindersOptIn: true, reminderTime: "09:00" }));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const waitingReminder = (userId = patientId, status: "pending" | "sent" = "pending") =>
    queueTestEmail({ dedupeKey: emailKeys.reminder(userId, TODAY), kind: "reminder", userId, status });
  const reminders = () => getDb().select().from(emailOutbox).where(like(emailOutbox.dedupeKey, "reminder:%"));

  it("withdraws it when the patient turns reminders off, leaving a sent one and other patients' alone", async () => {
    const { userId: other } = await createPatient({ remindersOptIn: true, reminderTime: "09:00" });
    const theirs = await waitingReminder(other);
    await waitingReminder();
    expect(await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { remindersOptIn: undefined }))).toEqual({ ok: true });
    expect((await reminders()).map((r) => r.id)).toEqual([theirs]);
  });

  it("keeps one that has been sent", async () => {
    const sent = await waitingReminder(patientId, "sent");
    await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { remindersOptIn: undefined }));
    expect(await outboxRow(sent)).toMatchObject({ status: "sent" });
  });

  it("withdraws it when the new time is still to come today, so today's reminder comes then instead", async () => {
    await waitingReminder();
    await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { reminderTime: "18:00" }));
    expect(await reminders()).toEqual([]);
    expect(await queueDueReminders(NOW)).toBe(0);
    expect(await queueDueReminders(new Date("2026-06-10T17:00:00Z"))).toBe(1);
    expect(await reminders()).toEqual([expect.objectContaining({ dedupeKey: emailKeys.reminder(patientId, TODAY), status: "pending" })]);
  });

  it("withdraws it when the service's default time, now the patient's, is still to come", async () => {
    await waitingReminder();
    await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { reminderTime: "" }));
    // The default is 19:00.
    expect(await reminders()).toEqual([]);
  });

  it("lets it go when the new time has passed too", async () => {
    const id = await waitingReminder();
    await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { reminderTime: "12:30" }));
    expect(await outboxRow(id)).toMatchObject({ status: "pending" });
  });

  it("withdraws one for a day that is no longer today where the patient now lives", async () => {
    await waitingReminder();
    // Already 02:00 tomorrow in Kiritimati: past the reminder time, but the waiting one is for a day that is over there.
    await updateOwnProfile({ id: patientId }, await postedProfile(patientId, { timezone: "Pacific/Kiritimati", reminderTime: "01:00" }));
    expect(await reminders()).toEqual([]);
  });
});
