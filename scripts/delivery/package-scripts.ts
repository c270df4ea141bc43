import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../paths";

/** The script a package.json command runs with tsx: "worker" → scripts/worker.ts. */
export function tsxEntry(script: string, root = PROJECT_ROOT): string {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const entry = /\btsx\s+(\S+\.ts)\b/.exec(scripts[script] ?? "")?.[1];
  if (!entry) throw new Error(`package.json's ${script} script does not run a file with tsx`);
  return entry;
}
