import type { Role, Status } from "@/db/schema";
import type { ConfirmedChange } from "./person-actions";

type Account = { role: Role; status: Status; psychiatrist: { patients: number; approvedAt: Date | null } | null };

/** Who is looking (`self`: their own account) and how many other psychiatrists take new patients now. */
export type ChangeContext = { self: boolean; takers: number };

/** What a change will do, said before it is confirmed; `warning` when it will be refused as things stand. */
export type Consequences = { lines: string[]; warning: string | null };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Where a leaving psychiatrist's patients go, or why they cannot. */
function spreadLine(patients: number, takers: number): { line: string | null; warning: string | null } {
  if (patients === 0) return { line: "They have no patients to move.", warning: null };
  if (takers === 0) {
    return {
      line: null,
      warning: `No other psychiatrist is accepting new patients, so nobody could take their ${plural(patients, "patient")}: this will be refused and nothing will change.`,
    };
  }
  return {
    line: `Their ${plural(patients, "patient")} move now to the ${plural(takers, "other psychiatrist")} accepting new patients, each to whoever has the fewest, so caseloads stay within one of each other.`,
    warning: null,
  };
}

/** The lines the confirmation step shows for a change to this account. */
export function consequences(change: ConfirmedChange, account: Account, context: ChangeContext): Consequences {
  const lines: string[] = [];
  let warning: string | null = null;
  const spread = (patients: number) => {
    const s = spreadLine(patients, context.takers);
    if (s.line) lines.push(s.line);
    warning = s.warning;
  };
  const mail = "Emails still waiting to be sent to this account are cancelled.";

  if (change === "enable") {
    lines.push("They can sign in again with their password.");
    if (account.psychiatrist?.approvedAt === null) lines.push("They go back to awaiting approval.");
    else if (account.psychiatrist) lines.push("Patients moved away when they were disabled stay with their new psychiatrists.");
    return { lines, warning };
  }

  if (change === "disable") {
    lines.push(context.self ? "You are signed out at once." : "They are signed out at once and cannot sign in until an admin enables the account again.");
    if (account.role === "patient") lines.push("They stay with their psychiatrist, who keeps their history, and get no more reminders.");
    if (account.psychiatrist) {
      spread(account.psychiatrist.patients);
      lines.push("Enabling them again later does not move the patients back.");
    }
  } else {
    lines.push("The account is deleted for good: this cannot be undone.");
    if (account.psychiatrist) {
      spread(account.psychiatrist.patients);
      lines.push("Reviews, replies, tasks and alert notes they wrote stay, without their name.");
    } else {
      lines.push("Approvals and settings they changed stay, without their name.");
    }
    lines.push("The audit trail keeps the record of what they did.");
  }
  if (account.role === "admin") lines.push(`The last active admin cannot be ${change === "disable" ? "disabled" : "removed"}.`);
  lines.push(mail);
  return { lines, warning };
}
