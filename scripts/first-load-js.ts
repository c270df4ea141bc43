/**
 * Prints the first-load JavaScript of every page of the production build, gzipped: what a
 * phone downloads before the page works. Next 16's build summary no longer shows it.
 *
 *   npx tsx scripts/first-load-js.ts      (after `next build`)
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const NEXT_DIR = path.join(process.cwd(), ".next");

type RscManifest = { entryJSFiles?: Record<string, string[]> };

function pageManifests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageManifests(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** The route a manifest belongs to, as a person types it: groups like "(patient)" dropped. */
function routeOf(manifestPath: string): string {
  const relative = path.relative(path.join(NEXT_DIR, "server", "app"), path.dirname(manifestPath));
  const route = relative
    .split(path.sep)
    .filter((segment) => !(segment.startsWith("(") && segment.endsWith(")")))
    .join("/");
  return `/${route}`;
}

function readManifest(file: string): RscManifest {
  // The file assigns into globalThis.__RSC_MANIFEST; evaluate it against a private object.
  const sandbox: { __RSC_MANIFEST?: Record<string, RscManifest> } = {};
  new Function("globalThis", fs.readFileSync(file, "utf8"))(sandbox);
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? {};
}

function gzippedSize(chunk: string, cache: Map<string, number>): number {
  if (!cache.has(chunk)) cache.set(chunk, gzipSync(fs.readFileSync(path.join(NEXT_DIR, chunk))).length);
  return cache.get(chunk)!;
}

export function firstLoadSizes(): { route: string; bytes: number }[] {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const cache = new Map<string, number>();
  return pageManifests(path.join(NEXT_DIR, "server", "app"))
    .map((file) => {
      const chunks = new Set([...buildManifest.rootMainFiles, ...Object.values(readManifest(file).entryJSFiles ?? {}).flat()]);
      const bytes = [...chunks].reduce((sum, chunk) => sum + gzippedSize(chunk.replace(/^\/_next\//, ""), cache), 0);
      return { route: routeOf(file), bytes };
    })
    .filter((row) => !row.route.startsWith("/_"))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export function printFirstLoadSizes(): void {
  console.log("First-load JavaScript per page (gzip):");
  for (const { route, bytes } of firstLoadSizes()) {
    console.log(`  ${route.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} kB`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
  printFirstLoadSizes();
}
