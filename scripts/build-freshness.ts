/** Whether the production build in .next is older than the sources it was built from. */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths";

// A change to any of these makes the production build stale. Files that do not exist are
// skipped, so one listed ahead (instrumentation.ts) counts from the day it is added.
const BUILD_INPUT_DIRS = ["app", "components", "lib", "db", "public"];
const BUILD_INPUT_FILES = [
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
];

export function buildIsStale(): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const inputs = [
    ...BUILD_INPUT_DIRS.flatMap((dir) => listFiles(path.join(PROJECT_ROOT, dir))),
    ...BUILD_INPUT_FILES.map((file) => path.join(PROJECT_ROOT, file)).filter((file) => fs.existsSync(file)),
  ];
  return inputs.some((file) => fs.statSync(file).mtimeMs > builtAt);
}

/** Files and directories under `dir` (a directory's mtime records deletions and renames). */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return [dir, ...fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listFiles(full);
    // Tests are not part of the app.
    return entry.isFile() && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  })];
}
