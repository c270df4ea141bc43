// Account administration from the server's shell, as the admin console's Approvals screen does it.
//   npm run admin -- approve EMAIL    approve a psychiatrist awaiting approval
import { approvePsychiatrist } from "../lib/accounts/approve-psychiatrist";
import { findUserIdByEmail } from "../lib/accounts/find-user";
import { recordAudit } from "../lib/audit/record-audit";
import { closeDb } from "../db/client";
import { resolveAppDatabase } from "./app-database";
import { exitWithError } from "./setup-error";

const USAGE = "usage: npm run admin -- approve EMAIL";

async function main(argv: string[]): Promise<number> {
  const [command, email] = argv;
  if (command !== "approve" || !email) {
    console.error(USAGE);
    return 2;
  }
  const database = await resolveAppDatabase();
  try {
    process.env.DATABASE_URL = database.url;
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
  } finally {
    await closeDb();
    await database.stop();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch(exitWithError);
