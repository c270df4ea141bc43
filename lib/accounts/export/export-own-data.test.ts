import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { entryReplies, users } from "@/db/schema";
import { createPsychiatrist } from "@/lib/testing/accounts";
import { type ExportWorld, exportWorld, OTHER_PEOPLES_TEXT, TRICKY_NOTES } from "@/lib/testing/account-export";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { auditRows } from "@/lib/testing/review";
import { exportOwnData } from "./export-own-data";
import type { PatientExport, PsychiatristExport } from "./export-types";

const NOW = new Date("2026-06-10T12:00:00Z");

describe("exportOwnData", () => {
  let w: ExportWorld;
  beforeEach(async () => {
    await resetDatabase();
    w = await exportWorld();
  });

  async function patientExport(patientId: number): Promise<PatientExport> {
    const data = await exportOwnData({ id: patientId, ip: "192.0.2.7" }, NOW);
    expect(data?.role).toBe("patient");
    return data as PatientExport;
  }

  it("gives a patient their profile, with their psychiatrist's name", async () => {
    const data = await patientExport(w.alice);
    expect(data).toMatchObject({ format: "miwell-account-export", version: 1, exportedAt: NOW, role: "patient" });
    expect(data.profile).toEqual({
      firstName: "Alice",
      lastName: "Archer",
      email: expect.stringMatching(/^patient-.*@example\.test$/),
      phone: "+442079460123",
      timezone: "Europe/London",
      accountCreatedAt: expect.any(Date),
      postcode: "SW1A 1AA",
      medicalNotes: "Sertraline 50 mg",
      emergencyContact: { name: "Ann Archer", phone: "+447700900123" },
      reminders: { optIn: true, time: "19:30" },
      psychiatrist: "Dana Doctor",
    });
  });

  it("gives every entry, oldest first, with its task, message, edits and reply", async () => {
    const { entries } = await patientExport(w.alice);
    expect(entries.map((e) => [e.date, e.mood, e.moodWord, e.note])).toEqual([
      ["2026-06-01", 2, "Very low", TRICKY_NOTES.commaAndQuotes],
      ["2026-06-02", 6, "Good", TRICKY_NOTES.emoji],
      ["2026-06-03", 5, "Okay", null],
      ["2026-06-04", 4, "Uneasy", TRICKY_NOTES.lines],
      ["2026-06-05", 5, "Okay", TRICKY_NOTES.formula],
    ]);
    const [hard, bright, plain] = entries;
    expect(hard).toMatchObject({
      minutes: 10,
      task: { title: "Calm breathing", doneAt: new Date("2026-06-01T12:00:00Z") },
      message: "Small steps count.",
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
      // Replying marked it reviewed; who reviewed is not part of what the patient sees.
      reviewedAt: new Date("2026-06-02T10:00:00Z"),
      revisions: [
        { mood: 4, moodWord: "Uneasy", note: "First try", minutes: 0, replacedAt: new Date("2026-06-01T09:00:00Z") },
        { mood: 3, moodWord: "Low", note: null, minutes: 0, replacedAt: new Date("2026-06-01T10:00:00Z") },
      ],
      reply: {
        text: "Thank you for telling me. Let's talk on Friday.",
        writtenAt: new Date("2026-06-02T09:00:00Z"),
        editedAt: new Date("2026-06-02T10:00:00Z"),
        author: "Dana Doctor",
      },
    });
    expect(Object.keys(hard)).not.toContain("reviewedBy");
    expect(bright).toMatchObject({ task: { title: "A short walk", doneAt: null }, message: null, revisions: [], reply: null, reviewedAt: null });
    expect(plain).toMatchObject({ task: null, message: null, minutes: 0 });
  });

  it("keeps a reply whose author has left, without a name", async () => {
    await getDb().update(entryReplies).set({ authorId: null }).where(eq(entryReplies.entryId, w.aliceEntries.hard));
    const { entries } = await patientExport(w.alice);
    expect(entries[0].reply).toMatchObject({ text: "Thank you for telling me. Let's talk on Friday.", author: null });
  });

  it("gives the tasks pinned for the patient and every task they were shown", async () => {
    const { tasks } = await patientExport(w.alice);
    expect(tasks.pinned).toEqual([
      { title: "Body scan", durationMinutes: 5, instructions: "Breathe in for four, out for six.", pinnedAt: new Date("2026-05-30T09:00:00Z") },
    ]);
    expect(tasks.shown).toEqual([
      { title: "Calm breathing", durationMinutes: 5, instructions: expect.any(String), timesShown: 1, firstShownOn: "2026-06-01", lastShownOn: "2026-06-01" },
      { title: "A short walk", durationMinutes: 5, instructions: expect.any(String), timesShown: 1, firstShownOn: "2026-06-02", lastShownOn: "2026-06-02" },
    ]);
  });

  it("gives the alerts raised about the patient, with the resolution note but not who took each step", async () => {
    const { alerts } = await patientExport(w.alice);
    expect(alerts).toEqual([
      {
        rule: "low_mood",
        severity: "high",
        reason: "Mood was Very low.",
        entryDate: "2026-06-01",
        mood: 2,
        note: TRICKY_NOTES.commaAndQuotes,
        status: "resolved",
        raisedAt: new Date("2026-06-01T08:00:00Z"),
        acknowledgedAt: new Date("2026-06-01T08:30:00Z"),
        resolvedAt: new Date("2026-06-01T09:30:00Z"),
        resolution: "Called Alice; she is safe and has support tonight.",
      },
      expect.objectContaining({ rule: "silence", status: "open", entryDate: null, acknowledgedAt: null, resolution: null }),
    ]);
  });

  it("holds nothing of another patient or another psychiatrist", async () => {
    const text = JSON.stringify(await patientExport(w.alice));
    for (const theirs of [...Object.values(OTHER_PEOPLES_TEXT), "Carol", "Omar"]) expect(text).not.toContain(theirs);
    // And Carol's holds nothing of Alice's.
    const carols = JSON.stringify(await patientExport(w.carol));
    expect(carols).toContain(OTHER_PEOPLES_TEXT.note);
    for (const alices of ["Alice", "Sertraline", TRICKY_NOTES.emoji, "Body scan", "Calm breathing", "Called Alice", "Dana"]) expect(carols).not.toContain(alices);
  });

  it("gives a psychiatrist their profile and the replies they wrote, naming patients by id only", async () => {
    const data = (await exportOwnData({ id: w.doctor }, NOW)) as PsychiatristExport;
    expect(data).toMatchObject({ format: "miwell-account-export", version: 1, exportedAt: NOW, role: "psychiatrist" });
    expect(data.profile).toEqual({
      firstName: "Dana",
      lastName: "Doctor",
      email: expect.stringMatching(/^psychiatrist-.*@example\.test$/),
      phone: "+442079460456",
      timezone: "Europe/London",
      accountCreatedAt: expect.any(Date),
      postcode: "M1 1AE",
      registrationNumber: expect.stringMatching(/^\d{6}$/),
      bio: "A psychiatrist who works with adults with anxiety.",
      acceptingNewPatients: true,
      approvedAt: expect.any(Date),
    });
    expect(data.replies).toEqual([
      {
        text: "Thank you for telling me. Let's talk on Friday.",
        writtenAt: new Date("2026-06-02T09:00:00Z"),
        editedAt: new Date("2026-06-02T10:00:00Z"),
        entryDate: "2026-06-01",
        patientId: w.alice,
      },
    ]);
    const text = JSON.stringify(data);
    for (const notTheirs of ["Alice", "Archer", TRICKY_NOTES.commaAndQuotes, "Sertraline", OTHER_PEOPLES_TEXT.reply, "Carol"]) {
      expect(text).not.toContain(notTheirs);
    }
  });

  it("lets a psychiatrist still awaiting approval download theirs", async () => {
    const pending = await createPsychiatrist({ approved: false, firstName: "Pat" });
    const data = (await exportOwnData({ id: pending }, NOW)) as PsychiatristExport;
    expect(data.profile).toMatchObject({ firstName: "Pat", approvedAt: null });
    expect(data.replies).toEqual([]);
  });

  it("gives an admin their profile and nothing else", async () => {
    const admin = await createAdminAccount();
    const data = await exportOwnData({ id: admin }, NOW);
    expect(data).toEqual({
      format: "miwell-account-export",
      version: 1,
      exportedAt: NOW,
      role: "admin",
      profile: {
        firstName: "Ada",
        lastName: expect.stringMatching(/^Admin /),
        email: expect.stringMatching(/@example\.test$/),
        phone: "+442079460789",
        timezone: "Europe/London",
        accountCreatedAt: expect.any(Date),
      },
    });
  });

  it("records each download in the audit trail, against the patient for a patient", async () => {
    await exportOwnData({ id: w.alice, ip: "192.0.2.7" }, NOW);
    await exportOwnData({ id: w.doctor, ip: "192.0.2.8" }, NOW);
    expect(await auditRows("account.export")).toEqual([
      { actorId: w.alice, outcome: "allowed", targetType: "user", targetId: w.alice, patientId: w.alice, ip: "192.0.2.7" },
      { actorId: w.doctor, outcome: "allowed", targetType: "user", targetId: w.doctor, patientId: null, ip: "192.0.2.8" },
    ]);
  });

  it("refuses a disabled or missing account, and audits the attempt", async () => {
    await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, w.alice));
    const admin = await createAdminAccount({ disabled: true });
    expect(await exportOwnData({ id: w.alice, ip: "192.0.2.7" }, NOW)).toBeNull();
    expect(await exportOwnData({ id: admin }, NOW)).toBeNull();
    expect(await exportOwnData({ id: 987654321 }, NOW)).toBeNull();
    expect(await auditRows("account.export")).toEqual([
      { actorId: w.alice, outcome: "denied", targetType: "user", targetId: w.alice, patientId: null, ip: "192.0.2.7" },
      { actorId: admin, outcome: "denied", targetType: "user", targetId: admin, patientId: null, ip: null },
      { actorId: 987654321, outcome: "denied", targetType: "user", targetId: 987654321, patientId: null, ip: null },
    ]);
  });
});
