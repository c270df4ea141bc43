import path from "node:path";
import { parsePort } from "../scripts/net";

/** Where the run's mail catcher listens; `npm test` picks a free port. */
export const SMTP_PORT = parsePort(process.env.E2E_SMTP_PORT ?? "2525", "E2E_SMTP_PORT");

/** Where it keeps what it receives, one JSON file per email. */
export const MAILBOX_DIR = path.resolve(__dirname, "..", "reports", "e2e-mailbox");
