import fs from "node:fs";
import path from "node:path";
import type { ReceivedEmail } from "../lib/testing/smtp-sink";
import { MAILBOX_DIR } from "./mail-settings";

export type CaughtEmail = ReceivedEmail & { receivedAt: string };

/** Every email the run's mail catcher has received so far, oldest first. */
export function caughtEmails(): CaughtEmail[] {
  if (!fs.existsSync(MAILBOX_DIR)) return [];
  return fs
    .readdirSync(MAILBOX_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(MAILBOX_DIR, name), "utf8")) as CaughtEmail);
}

/** The emails matching `filter`, once there are at least `count` of them; throws after `timeoutMs`. */
export async function waitForEmails(filter: (email: CaughtEmail) => boolean, options: { count?: number; timeoutMs?: number } = {}): Promise<CaughtEmail[]> {
  const { count = 1, timeoutMs = 10_000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const matching = caughtEmails().filter(filter);
    if (matching.length >= count) return matching;
    if (Date.now() > deadline) throw new Error(`expected ${count} matching email(s) within ${timeoutMs} ms, found ${matching.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
