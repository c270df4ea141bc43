/**
 * Whether .dockerignore keeps a path out of the build context, for the patterns MiWell uses:
 * names and globs (`*`, `**`, `?`) from the context's root, `!` to let a path back in, the last
 * matching line deciding, and a matched folder taking everything under it.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../paths";

export function readDockerIgnore(file = path.join(PROJECT_ROOT, ".dockerignore")): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

/** `relativePath`: from the context's root, with forward slashes. */
export function isDockerIgnored(relativePath: string, patterns: string[]): boolean {
  let ignored = false;
  for (const line of patterns) {
    const negated = line.startsWith("!");
    const pattern = line.replace(/^!/, "").replace(/^\/+|\/+$/g, "");
    if (matchesOrIsUnder(relativePath, globToRegExp(pattern))) ignored = !negated;
  }
  return ignored;
}

function matchesOrIsUnder(relativePath: string, pattern: RegExp): boolean {
  const parts = relativePath.split("/");
  return parts.some((_, i) => pattern.test(parts.slice(0, i + 1).join("/")));
}

function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (glob.startsWith("**/", i)) {
      source += "(?:.*/)?";
      i += 2;
    } else if (glob.startsWith("**", i)) {
      source += ".*";
      i += 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
