// The people and records the access-control matrix (lib/security/access-matrix) aims at: two
// patients with a psychiatrist each, a pending psychiatrist, a disabled account and an admin,
// each with personal markers unique to the run so an answer that shows them can be caught.
// Made through the app's own code, so it works on an empty test database and on the shared
// e2e one (whose demo accounts it never touches).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dailyMessages, entryReplies, mindfulnessTasks, moodEntries, patients, patientTasks, psychiatrists, users } from "@/db/schema";
import { postedProfile } from "./account-profile";
import { createPatient, createPsychiatrist } from "./accounts";
import { createAlert } from "./alerts";
import { createAdminAccount, queueTestEmail } from "./outbox";
import type { AccessWorld, PatientFile, Person } from "@/lib/security/access-matrix/world";

type Made = { userId: number; email: string; lastName: string; phone: string };

function marked(token: string, key: string, n: number) {
  return {
    lastName: `${key}${token}`,
    email: `${key.toLowerCase()}.${token}@example.test`,
    // Distinct numbers, so one person's number on another's page is caught too.
    phone: `+4420794${String(60000 + n).slice(-5)}`,
  };
}

async function person(made: Made, role: Person["role"]): Promise<Person> {
  const [{ firstName }] = await getDb().select({ firstName: users.firstName }).from(users).where(eq(users.id, made.userId));
  return { ...made, firstName, role, profile: await postedProfile(made.userId), markers: [made.lastName, made.email, made.phone] };
}

async function psychiatrist(token: string, key: string, n: number, approved = true): Promise<Person> {
  const m = marked(token, key, n);
  // Never a candidate for anyone else's registration on a shared database.
  const userId = await createPsychiatrist({ approved, firstName: "Quinn", ...m, registrationNumber: String((Date.now() % 1e7) * 10 + n).padStart(8, "0") });
  await getDb().update(psychiatrists).set({ acceptingNewPatients: false }).where(eq(psychiatrists.userId, userId));
  return person({ userId, ...m }, "psychiatrist");
}

/** A patient of `psychiatristId` with one unreviewed entry (with a task of the day), a reply to it, an alert and a pinned task. */
async function patientFile(token: string, key: string, n: number, psychiatristId: number, libraryTaskId: number, messageId: number): Promise<PatientFile> {
  const m = marked(token, key, n);
  const medicalNotes = `Medication ${key} ${token}`;
  const { userId } = await createPatient({ firstName: "Robin", ...m, medicalNotes });
  await getDb().update(patients).set({ psychiatristId }).where(eq(patients.userId, userId));
  const note = `Entry note ${key} ${token}`;
  const [{ id: entryId }] = await getDb()
    .insert(moodEntries)
    .values({ patientId: userId, entryDate: "2026-01-15", mood: 2, note, taskId: libraryTaskId, messageId })
    .$returningId();
  const replyText = `Reply to ${key} ${token}`;
  const [{ id: replyId }] = await getDb().insert(entryReplies).values({ entryId, authorId: psychiatristId, text: replyText }).$returningId();
  const alertId = await createAlert({ patientId: userId, entryId, rule: "low_mood", severity: "high", note });
  await getDb().insert(patientTasks).values({ patientId: userId, taskId: libraryTaskId, pinnedBy: psychiatristId });
  const base = await person({ userId, ...m }, "patient");
  return { ...base, psychiatristId, entryId, replyId, alertId, medicalNotes, markers: [...base.markers, medicalNotes, note, replyText] };
}

async function authoredTask(authorId: number, token: string, key: string): Promise<number> {
  const [{ id }] = await getDb()
    .insert(mindfulnessTasks)
    .values({ title: `Task by ${key} ${token}`, instructions: "Breathe in for four, out for six.", durationMinutes: 5, moodBand: "low", createdBy: authorId })
    .$returningId();
  return id;
}

/** Builds the whole world; `token` makes every marker unique (a run id on the shared e2e database). */
export async function buildAccessWorld(token: string): Promise<AccessWorld> {
  const [{ id: libraryTaskId }] = await getDb()
    .insert(mindfulnessTasks)
    .values({ title: `Library task ${token}`, instructions: "Notice five things you can see.", durationMinutes: 5, moodBand: "low" })
    .$returningId();
  const [{ id: messageId }] = await getDb().insert(dailyMessages).values({ text: `Daily message ${token}` }).$returningId();
  // Patients are assigned on registration, so someone must be accepting while they register.
  const psychiatristA = await psychiatrist(token, "Drayton", 1);
  const otherPsychiatrist = await psychiatrist(token, "Okonkwo", 2);
  await getDb().update(psychiatrists).set({ acceptingNewPatients: true }).where(eq(psychiatrists.userId, psychiatristA.userId));
  const patientA = await patientFile(token, "Abernathy", 3, psychiatristA.userId, libraryTaskId, messageId);
  const patientB = await patientFile(token, "Blackwood", 4, otherPsychiatrist.userId, libraryTaskId, messageId);
  const disabledMade = marked(token, "Dunmore", 5);
  const disabledId = (await createPatient({ firstName: "Robin", ...disabledMade })).userId;
  await getDb().update(psychiatrists).set({ acceptingNewPatients: false }).where(eq(psychiatrists.userId, psychiatristA.userId));
  const disabled = await person({ userId: disabledId, ...disabledMade }, "patient");
  const pendingPsychiatrist = await psychiatrist(token, "Pemberton", 6, false);
  const adminId = await createAdminAccount();
  const adminMade = marked(token, "Ashcombe", 7);
  await getDb().update(users).set({ lastName: adminMade.lastName, email: adminMade.email, phone: adminMade.phone }).where(eq(users.id, adminId));
  const admin = await person({ userId: adminId, ...adminMade }, "admin");
  const emailId = await queueTestEmail({ userId: patientB.userId, to: patientB.email, subject: `For ${patientB.lastName}`, text: patientB.medicalNotes, html: `<p>${patientB.lastName}</p>`, status: "failed", attempts: 3 });
  return {
    token,
    patientA,
    patientB,
    psychiatristA: { ...psychiatristA, taskId: await authoredTask(psychiatristA.userId, token, "Drayton") },
    otherPsychiatrist: { ...otherPsychiatrist, taskId: await authoredTask(otherPsychiatrist.userId, token, "Okonkwo") },
    pendingPsychiatrist,
    disabled,
    admin,
    libraryTaskId,
    messageId,
    emailId,
  };
}

/** Switches the disabled account off; done last, so the e2e side can sign it in first and keep the session. */
export async function disableAccount(world: AccessWorld): Promise<void> {
  await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, world.disabled.userId));
}
