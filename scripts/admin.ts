// Account administration from the server's shell.
//   npm run admin -- create-admin --email E --first-name F --last-name L --phone P [--timezone Z]
//       add an admin (the first one of a real database); prints a new password once
//   npm run admin -- approve EMAIL    approve a psychiatrist awaiting approval, as the Approvals screen does
import { parseArgs } from "node:util";
import { type AdminField, addAdmin } from "../lib/accounts/add-admin";
import { approvePsychiatrist } from "../lib/accounts/approve-psychiatrist";
import { findUserIdByEmail } from "../lib/accounts/find-user";
import { recordAudit } from "../lib/audit/record-audit";
import { closeDb } from "../db/client";
import { resolveAppDatabase } from "./app-database";
import { exitWithError } from "./setup-error";

const USAGE = [
  "usage: npm run admin -- create-admin --email EMAIL --first-name NAME --last-name NAME --phone PHONE [--timezone ZONE]",
  "       npm run admin -- approve EMAIL",
].join("\n");

const ADMIN_OPTIONS = {
  email: { type: "string" },
  "first-name": { type: "string" },
  "last-name": { type: "string" },
  phone: { type: "string" },
  timezone: { type: "string" },
} as const;

const FLAG_OF: Record<AdminField, string> = { email: "--email", firstName: "--first-name", lastName: "--last-name", phone: "--phone", timezone: "--timezone" };

type AdminValues = ReturnType<typeof parseArgs<{ args: string[]; options: typeof ADMIN_OPTIONS; strict: true }>>["values"];

async function createAdminCommand(values: AdminValues): Promise<number> {
  const added = await addAdmin({ email: values.email, firstName: values["first-name"], lastName: values["last-name"], phone: values.phone, timezone: values.timezone });
  if (!added.ok) {
    console.error(`No admin was added:\n${added.problems.map(({ field, message }) => `  ${FLAG_OF[field]}: ${message}`).join("\n")}`);
    return 1;
  }
  console.log(`Added the admin ${values.email?.trim().toLowerCase()}. Their password, shown only this once:\n\n  ${added.password}\n`);
  console.log("Pass it on in person or by a channel other than email, and ask them to change it under Your account when they first sign in.");
  return 0;
}

async function approveCommand(email: string): Promise<number> {
  const userId = await findUserIdByEmail(email);
  if (userId === null) {
    console.error(`No account has the email ${email}.`);
    return 1;
  }
  // In the audit trail as done by no one signed in, from no address.
  const outcome = await approvePsychiatrist(userId, null, (tx) => recordAudit(null, { action: "psychiatrist.approve", targetType: "user", targetId: userId }, tx));
  const messages = {
    approved: `${email} is approved and will now receive new patients.`,
    "already-approved": `${email} was already approved.`,
    disabled: `${email} is disabled; re-enable the account before approving it.`,
    "not-found": `${email} is not a psychiatrist's account.`,
  } as const;
  console.log(messages[outcome]);
  return outcome === "approved" || outcome === "already-approved" ? 0 : 1;
}

/** The command to run, or null (with the reason printed) when the arguments make none. */
function commandOf(argv: string[]): (() => Promise<number>) | null {
  const [command, ...rest] = argv;
  if (command === "approve" && rest.length === 1) return () => approveCommand(rest[0]);
  if (command !== "create-admin") return null;
  try {
    const { values } = parseArgs({ args: rest, options: ADMIN_OPTIONS, strict: true });
    return () => createAdminCommand(values);
  } catch (error) {
    console.error((error as Error).message);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  // The arguments are checked before the database is reached (or the private one started).
  const run = commandOf(argv);
  if (!run) {
    console.error(USAGE);
    return 2;
  }
  const database = await resolveAppDatabase();
  try {
    process.env.DATABASE_URL = database.url;
    return await run();
  } finally {
    await closeDb();
    await database.stop();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch(exitWithError);
