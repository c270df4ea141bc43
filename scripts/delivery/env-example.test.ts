/**
 * .env.example documents every variable MiWell reads at run time and every one
 * docker-compose.yml takes, each with its default, and publishes no secret.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../paths";

// Read by the test and benchmark tooling, or set by Next and Node themselves: not settings.
const NOT_SETTINGS = new Set([
  "BENCH_PROFILE",
  "BENCH_SECONDS",
  "CHROMIUM_PATH",
  "E2E_PORT",
  "E2E_SMTP_PORT",
  "VITEST_POOL_ID",
  "NEXT_PHASE",
  "NEXT_RUNTIME",
  "NODE_ENV",
  "PATH",
  "HOME",
]);
const SOURCES = ["app", "lib", "db", "scripts", "proxy.ts", "instrumentation.ts", "next.config.js"];
// Read by Next's standalone server.js, which is generated.
const STANDALONE_SERVER = ["PORT", "HOSTNAME"];

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");

function sourceFiles(entry: string): string[] {
  const full = path.join(PROJECT_ROOT, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs.readdirSync(full).flatMap((name) => sourceFiles(path.join(entry, name)));
}

/** Every `env.NAME` the running app and its commands read; tests and their helpers left out. */
function variablesRead(): Set<string> {
  const files = SOURCES.flatMap(sourceFiles).filter(
    (file) => /\.(ts|tsx|js|mjs)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith(path.join("lib", "testing")),
  );
  const names = files.flatMap((file) => [...read(file).matchAll(/\benv\.([A-Z][A-Z0-9_]+)\b/g)].map((m) => m[1]));
  return new Set([...names, ...STANDALONE_SERVER].filter((name) => !NOT_SETTINGS.has(name)));
}

/** NAME → value for each `NAME=value` line, commented out (a default) or not. */
function documented(): Map<string, string> {
  const lines = read(".env.example").split("\n");
  return new Map(
    lines.flatMap((line) => {
      const match = /^#?\s?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      return match ? [[match[1], match[2]] as const] : [];
    }),
  );
}

describe(".env.example", () => {
  it("documents every variable MiWell reads", () => {
    const read = variablesRead();
    expect(read).toContain("SMTP_URL");
    expect(read).toContain("DATABASE_URL");
    expect([...read].filter((name) => !documented().has(name))).toEqual([]);
  });

  it("documents every variable docker-compose.yml takes from .env", () => {
    const taken = new Set([...read("docker-compose.yml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
    expect(taken.size).toBeGreaterThan(5);
    expect([...taken].filter((name) => !documented().has(name))).toEqual([]);
  });

  it("leaves the secrets blank, so a copied example never runs with a published one", () => {
    for (const secret of ["AUTH_SECRET", "DB_PASSWORD", "DB_ROOT_PASSWORD"]) expect(documented().get(secret)).toBe("");
  });

  it("shows the defaults the code and docker-compose.yml use", () => {
    const defaults = documented();
    expect(defaults.get("MAIL_FROM")).toBe(/DEFAULT_FROM = "([^"]+)"/.exec(read("lib/notifications/mailer.ts"))?.[1]);
    expect(defaults.get("DB_POOL_SIZE")).toBe(/DB_POOL_SIZE \?\? (\d+)/.exec(read("db/client.ts"))?.[1]);
    for (const [, name, value] of read("docker-compose.yml").matchAll(/\$\{([A-Z][A-Z0-9_]*):-([^}]*)\}/g)) {
      if (name !== "SMTP_URL" && name !== "MIWELL_WORKER") expect(defaults.get(name), name).toBe(value);
    }
  });
});
