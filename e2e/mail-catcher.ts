// Playwright's global setup: a real SMTP server in the test process for the whole run. The web
// server sends to it (playwright.config.ts points SMTP_URL here); each email it receives is
// written as JSON into the mailbox folder, where specs in other processes read it (e2e/mailbox.ts).
import fs from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../lib/testing/smtp-sink";
import { MAILBOX_DIR, SMTP_PORT } from "./mail-settings";

export default async function startMailCatcher(): Promise<() => Promise<void>> {
  fs.rmSync(MAILBOX_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  const sink = await startSmtpSink({
    port: SMTP_PORT,
    onEmail: (email) => {
      count += 1;
      const file = path.join(MAILBOX_DIR, `${String(count).padStart(5, "0")}.json`);
      // Written whole under another name, then renamed: a reader never sees half an email.
      fs.writeFileSync(`${file}.part`, JSON.stringify({ ...email, receivedAt: new Date().toISOString() }));
      fs.renameSync(`${file}.part`, file);
    },
  });
  return () => sink.stop();
}
