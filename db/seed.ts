import { asc, eq } from "drizzle-orm";
import { approvePsychiatrist } from "@/lib/accounts/approve-psychiatrist";
import { createAdmin } from "@/lib/accounts/create-admin";
import { registerPatient } from "@/lib/accounts/register-patient";
import { registerPsychiatrist } from "@/lib/accounts/register-psychiatrist";
import { addDays, localDate } from "@/lib/moods/local-date";
import { closeDb, getDb } from "./client";
import { patients, users } from "./schema";
import { seedAlerts } from "./seed-alerts";
import { seedCheckIns, seedLibrary } from "./seed-check-ins";
import { seedReviews } from "./seed-reviews";

export const DEMO_PASSWORD = "miwell-demo-password";
export const DEMO_CHECK_IN_DAYS = 60;

// Phone numbers from Ofcom's drama range for London (020 7946 0000-0999), which never reach a real person.
const phone = (n: number) => `+44207946${String(n).padStart(4, "0")}`;
const person = (email: string, firstName: string, lastName: string, n: number) => ({
  email,
  firstName,
  lastName,
  phone: phone(n),
  timezone: "Europe/London",
  password: DEMO_PASSWORD,
  confirmPassword: DEMO_PASSWORD,
});

const PSYCHIATRISTS = [
  { ...person("psychiatrist@example.com", "Amara", "Okafor", 101), registrationNumber: "100101", postcode: "M1 1AE" },
  { ...person("priya.shah@example.com", "Priya", "Shah", 102), registrationNumber: "100102", postcode: "LS1 4DY" },
  { ...person("tom.evans@example.com", "Tom", "Evans", 103), registrationNumber: "100103", postcode: "CF10 1EP" },
];
const PENDING = { ...person("pending.psychiatrist@example.com", "Morgan", "Reid", 104), registrationNumber: "100104", postcode: "BS1 4ST" };

const PATIENT_NAMES = [
  ["Sam", "Taylor"], ["Jordan", "Lee"], ["Aisha", "Khan"], ["Ben", "Carter"], ["Chloe", "Murphy"], ["Daniel", "Novak"],
  ["Ella", "Hughes"], ["Farah", "Ali"], ["George", "Wright"], ["Hannah", "Price"], ["Isaac", "Cole"], ["Jade", "Bennett"],
];

async function seedPsychiatrist(p: (typeof PSYCHIATRISTS)[number], approvedBy: number | null) {
  const bio = `${p.firstName} ${p.lastName} is a psychiatrist with the charity, working with adults with anxiety and low mood.`;
  const result = await registerPsychiatrist({ ...p, bio });
  if (!result.ok) throw new Error(`seed: ${p.email}: ${result.message}`);
  if (approvedBy !== null) await approvePsychiatrist(result.data!.userId, approvedBy);
}

async function seedPatient(email: string, firstName: string, lastName: string, n: number) {
  const result = await registerPatient({ ...person(email, firstName, lastName, n), postcode: "SW1A 1AA", medicalNotes: null });
  if (!result.ok) throw new Error(`seed: ${email}: ${result.message}`);
}

/**
 * Fills an empty database with demo accounts, the starter tasks and messages, and weeks of
 * check-ins, and returns lines describing them. Patients go through the real registration, so
 * the assignment rule spreads them over the psychiatrists; patient@example.com registers first
 * and so goes to the first-approved psychiatrist. Check-ins end yesterday (by `now`, in London),
 * so every patient can still check in today.
 */
export async function seedDemoData(databaseUrl: string, now = new Date()): Promise<string[]> {
  process.env.DATABASE_URL = databaseUrl;
  try {
    const adminId = await createAdmin(
      { email: "admin@example.com", firstName: "Alex", lastName: "Morgan", phone: phone(100), timezone: "Europe/London" },
      DEMO_PASSWORD,
    );
    for (const p of PSYCHIATRISTS) await seedPsychiatrist(p, adminId);
    await seedPsychiatrist(PENDING, null);
    await seedPatient("patient@example.com", "Riley", "Jones", 200);
    for (const [i, [first, last]] of PATIENT_NAMES.entries()) {
      await seedPatient(`${first}.${last}@example.com`.toLowerCase(), first, last, 201 + i);
    }
    const library = await seedLibrary(getDb());
    const demoPatients = await getDb()
      .select({ id: users.id, email: users.email, timezone: users.timezone })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .orderBy(asc(users.id));
    await seedCheckIns(getDb(), {
      patientIds: demoPatients.map((p) => p.id),
      timezone: new Map(demoPatients.map((p) => [p.id, p.timezone])),
      today: localDate(now, "Europe/London"),
      days: DEMO_CHECK_IN_DAYS,
      // Riley has a hard spell and a recovery to show, whatever the generator draws.
      hardSpellPatientIds: demoPatients.filter((p) => p.email === "patient@example.com").map((p) => p.id),
    });
    // The last week is left unreviewed, so each psychiatrist has a review queue to work through.
    const reviews = await seedReviews(getDb(), { reviewedBefore: addDays(localDate(now, "Europe/London"), -7) });
    const alertCount = await seedAlerts(getDb(), { today: localDate(now, "Europe/London"), days: 30, now });
    return [
      `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
      "  admin@example.com                 admin",
      "  psychiatrist@example.com          psychiatrist, approved, with patients",
      "  pending.psychiatrist@example.com  psychiatrist awaiting approval",
      "  patient@example.com               patient of psychiatrist@example.com",
      `  ${PSYCHIATRISTS.length - 1} more approved psychiatrists and ${PATIENT_NAMES.length} more patients (e.g. sam.taylor@example.com)`,
      `  ${library.taskIds.length} mindfulness tasks and ${library.messageIds.length} daily messages`,
      `  ${DEMO_CHECK_IN_DAYS} days of check-ins for every patient, up to yesterday (today is left to check in)`,
      `  ${reviews.reviewed} older check-ins reviewed (${reviews.replies} with a reply); the last week waits for review`,
      `  ${alertCount} alerts over the last 30 days, acknowledged and resolved`,
    ];
  } finally {
    await closeDb();
  }
}
