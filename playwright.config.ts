import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/find-chromium";
import { SMTP_PORT } from "./e2e/mail-settings";
import { parsePort } from "./scripts/net";

// `npm test` sets DATABASE_URL, AUTH_SECRET and AUTH_TRUST_HOST before running Playwright, and
// E2E_PORT to a free port unless set, so two runs on one machine do not collide. Both serve the
// one .next build of this checkout, though: a run that rebuilds it can disturb the other.
// Set E2E_BASE_URL to test a server that is already running instead of starting one.
const externalBaseUrl = process.env.E2E_BASE_URL;
const port = parsePort(process.env.E2E_PORT ?? "3100", "E2E_PORT");
const baseURL = externalBaseUrl ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  // A real SMTP server in the test process, which the web server below sends every email to.
  globalSetup: "./e2e/mail-catcher.ts",
  // Specs share one seeded database; start serially and parallelise once they are independent.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  outputDir: "reports/playwright-artifacts",
  reporter: [
    ["list"],
    ["junit", { outputFile: "reports/junit-e2e.xml" }],
    ["html", { outputFolder: "reports/playwright-html", open: "never" }],
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
        url: `${baseURL}/api/health`,
        env: { ...(process.env as Record<string, string>), SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, APP_URL: baseURL },
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
