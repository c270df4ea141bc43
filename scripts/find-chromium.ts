/**
 * Playwright cannot download browsers on these machines, so end-to-end tests drive a Chromium
 * found on the system. No import.meta here: playwright.config.ts loads this file as CommonJS.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { aptInstall, canAptInstall } from "./apt-install";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const NEEDS_CHROMIUM_MESSAGE =
  "MiWell's end-to-end tests need Chromium: install it (sudo apt-get install chromium) " +
  "or set CHROMIUM_PATH=/path/to/chromium";

/** CHROMIUM_PATH, then a system Chromium/Chrome, then a browser Playwright downloaded itself. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUMS.find(isExecutable) ?? playwrightChromium();
}

/** findChromium(), installing Debian's `chromium` with apt-get when running as root and none exists. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) {
    if (!isExecutable(found)) throw new Error(`CHROMIUM_PATH=${found} is not an executable file.`);
    return found;
  }
  if (!canAptInstall()) throw new Error(NEEDS_CHROMIUM_MESSAGE);
  aptInstall(["chromium"], "no Chromium was found for the end-to-end tests");
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get did not install chromium. ${NEEDS_CHROMIUM_MESSAGE}`);
  return installed;
}

function playwrightChromium(): string | undefined {
  try {
    const requireFromProject = createRequire(path.join(process.cwd(), "package.json"));
    const playwright = requireFromProject("playwright-core") as { chromium: { executablePath(): string } };
    const executable = playwright.chromium.executablePath();
    return isExecutable(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
