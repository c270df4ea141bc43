/**
 * Makes .next/standalone self-contained after `next build`: Next leaves the browser's files
 * (.next/static) and public/ out of it, and server.js serves them only from beside itself.
 * The container image copies the result as it is; `npm test` starts it the same way.
 *
 *   tsx scripts/delivery/assemble-standalone.ts
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../paths";
import { exitWithError, SetupError } from "../setup-error";

/** Copies the static files and public/ into the standalone build; returns its server.js. */
export function assembleStandalone(root = PROJECT_ROOT): string {
  const standalone = path.join(root, ".next", "standalone");
  const serverJs = path.join(standalone, "server.js");
  if (!fs.existsSync(serverJs)) {
    throw new SetupError(`No ${path.relative(root, serverJs)}: run \`next build\` with output: "standalone" in next.config.js.`);
  }
  for (const [from, to] of [
    [path.join(root, ".next", "static"), path.join(standalone, ".next", "static")],
    [path.join(root, "public"), path.join(standalone, "public")],
  ]) {
    // Replaced, not merged: files of an earlier build must not linger.
    fs.rmSync(to, { recursive: true, force: true });
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
  }
  return serverJs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(`MiWell: ${path.relative(PROJECT_ROOT, assembleStandalone())} is ready to run.`);
  } catch (error) {
    exitWithError(error);
  }
}
