import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    // Mirrors tsconfig's "@/*": ["./*"].
    alias: [{ find: /^@\//, replacement: `${root}/` }],
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**", ".next/**", ".data/**", "reports/**"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    // Auth.js refuses to run without a secret; tests sign nothing that outlives the run.
    env: { AUTH_SECRET: "vitest-only-secret-0123456789abcdef", AUTH_TRUST_HOST: "true" },
    server: { deps: { inline: ["next-auth"] } },
    // One private database server for the run; each test file then gets a fresh database.
    globalSetup: ["scripts/vitest-global-setup.ts"],
    setupFiles: ["scripts/vitest-db-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ["default", ["junit", { outputFile: "reports/junit-vitest.xml" }]],
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts", "db/**/*.ts", "app/**/actions.ts"],
      // lib/testing is the tests' own scaffolding, not behaviour to be covered.
      exclude: ["**/*.test.ts", "db/migrations/**", "**/*.d.ts", "lib/testing/**"],
      reporter: ["text-summary", "cobertura", "html", "json-summary"],
      reportsDirectory: "reports/coverage",
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
