import { caseloadOf, type ScalePlan } from "./plan";

export const SCALE_PASSWORD = "miwell-scale-password";

const FIRST = [
  "Alex", "Amina", "Ben", "Bethany", "Callum", "Chidi", "Daisy", "Dev", "Eleanor", "Ewan", "Fatima", "Finn",
  "Grace", "Harvey", "Imogen", "Iqra", "Jack", "Jasmine", "Kai", "Keira", "Leo", "Lucy", "Mohammed", "Megan",
  "Nathan", "Niamh", "Oliver", "Orla", "Patrick", "Poppy", "Rhys", "Ruby", "Sean", "Sofia", "Theo", "Zara",
];
const LAST = [
  "Adams", "Ahmed", "Baker", "Campbell", "Davies", "Edwards", "Evans", "Fraser", "Green", "Hall", "Hussain",
  "Jones", "Kaur", "Kelly", "Lewis", "Martin", "Morris", "Murray", "O'Brien", "Patel", "Roberts", "Robinson",
  "Singh", "Smith", "Thomas", "Thompson", "Walker", "Watson", "White", "Williams", "Wilson", "Wood", "Young",
];
const POSTCODES = ["M1 1AE", "LS1 4DY", "CF10 1EP", "BS1 4ST", "SW1A 1AA", "B1 1BB", "G1 1XQ", "NE1 7RU", "L1 8JQ", "EH1 1YZ"];

// Ofcom's drama range for mobiles (07700 900000-900999): never a real person.
const phone = (n: number) => `+447700900${String(n % 1000).padStart(3, "0")}`;
const name = (n: number) => [FIRST[n % FIRST.length], LAST[Math.floor(n / FIRST.length) % LAST.length]] as const;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const psychiatristEmail = (index: number) => `scale.psychiatrist.${pad(index + 1, 3)}@example.com`;
export const patientEmail = (index: number) => `scale.patient.${pad(index + 1, 5)}@example.com`;
export const SCALE_ADMIN_EMAIL = "scale.admin@example.com";

type Value = string | number | null;
export type People = {
  adminId: number;
  psychiatristIds: number[];
  /** Patient i's user id and their psychiatrist's. */
  patients: { id: number; psychiatristId: number }[];
  users: Value[][];
  psychiatrists: Value[][];
  patientRows: Value[][];
};

export const USER_COLUMNS = ["id", "email", "password_hash", "role", "status", "first_name", "last_name", "phone", "timezone", "created_at", "updated_at"];
export const PSYCHIATRIST_COLUMNS = ["user_id", "registration_number", "postcode", "bio", "accepting_new_patients", "approved_at", "approved_by"];
export const PATIENT_COLUMNS = ["user_id", "psychiatrist_id", "postcode", "medical_notes", "assigned_at", "reminders_opt_in", "reminder_time"];

/**
 * The admin, psychiatrists and patients of a plan with ids from `firstId` on (assigned here, so
 * nothing has to be read back), all sharing one password hash. `joined` is when the accounts
 * were made: before the first check-in.
 */
export function buildPeople(plan: ScalePlan, firstId: number, passwordHash: string, joined: string): People {
  const users: Value[][] = [];
  const user = (id: number, email: string, role: string, n: number) => {
    const [first, last] = name(n);
    users.push([id, email, passwordHash, role, "active", first, last, phone(n), "Europe/London", joined, joined]);
  };
  const adminId = firstId;
  user(adminId, SCALE_ADMIN_EMAIL, "admin", 0);

  const psychiatristIds = Array.from({ length: plan.psychiatrists }, (_, i) => firstId + 1 + i);
  const psychiatrists = psychiatristIds.map((id, i) => {
    user(id, psychiatristEmail(i), "psychiatrist", 7 * i + 3);
    const [first, last] = name(7 * i + 3);
    const bio = `${first} ${last} is a psychiatrist with the charity, working with adults with anxiety and low mood.`;
    return [id, `9${pad(i, 5)}`, POSTCODES[i % POSTCODES.length], bio, 1, joined, adminId];
  });

  const patients: People["patients"] = [];
  const patientRows = Array.from({ length: plan.patients }, (_, i) => {
    const id = firstId + 1 + plan.psychiatrists + i;
    const psychiatristId = psychiatristIds[caseloadOf(plan, i)];
    user(id, patientEmail(i), "patient", i);
    patients.push({ id, psychiatristId });
    const reminders = i % 4 === 0;
    return [id, psychiatristId, POSTCODES[(i * 3) % POSTCODES.length], null, joined, reminders ? 1 : 0, reminders && i % 8 === 0 ? "19:30" : null];
  });
  return { adminId, psychiatristIds, patients, users, psychiatrists, patientRows };
}
