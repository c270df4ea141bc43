/**
 * The project's own files a script loads, following imports (static and dynamic, `@/` paths
 * too) with TypeScript's resolver; packages are left out. The Dockerfile test holds the tools
 * image to it: every file `npm run worker` and `npm run db:migrate` load must be copied in.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { PROJECT_ROOT } from "../paths";

export function importClosure(entries: string[], root = PROJECT_ROOT): string[] {
  const options = compilerOptions(root);
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.resolve(root, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport) queue.push(path.resolve(resolved.resolvedFileName));
    }
  }
  return [...seen].map((file) => path.relative(root, file).split(path.sep).join("/")).sort();
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}
