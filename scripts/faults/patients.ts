/**
 * Patients for the fault tests, registered through the app's own code (lib/testing builders),
 * on a database seeded with the demo library so check-ins pick real tasks and messages.
 */
import { closeDb } from "../../db/client";
import { seedDemoData } from "../../db/seed";
import { createPatient, TEST_PASSWORD } from "../../lib/testing/accounts";

export { TEST_PASSWORD };

export async function seedWithPatients(databaseUrl: string, count: number, tag: string): Promise<string[]> {
  await seedDemoData(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  const emails: string[] = [];
  try {
    // A few at a time: each hashes a password (argon2id), and assignment takes a lock.
    for (let i = 0; i < count; i += 4) {
      const batch = Array.from({ length: Math.min(4, count - i) }, (_, j) =>
        createPatient({ email: `${tag}-${i + j}@example.test`, lastName: `Fault ${tag} ${i + j}` }),
      );
      emails.push(...(await Promise.all(batch)).map((patient) => patient.email));
    }
  } finally {
    await closeDb();
  }
  return emails;
}
