/**
 * .github/workflows/ci.yml: valid YAML with the jobs the hosted CI needs, running the very
 * commands .ci/run (and so the README) runs, and keeping the reports.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../paths";

type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, string>; "continue-on-error"?: unknown };
type Job = {
  "runs-on"?: string;
  container?: { image?: string };
  services?: Record<string, { image?: string }>;
  env?: Record<string, string>;
  steps: Step[];
  "continue-on-error"?: unknown;
};
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
// `parse` throws on invalid YAML, failing every test below.
const workflow = parse(read(".github/workflows/ci.yml"), { strict: true, uniqueKeys: true }) as Workflow;
const runs = (job: Job) => job.steps.map((step) => step.run?.trim()).filter(Boolean);
const ciRunCommands = read(".ci/run")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line.startsWith("npm "));

describe(".github/workflows/ci.yml", () => {
  it("runs on pushes and pull requests, with a test job and a fault-test job", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
    expect(Object.keys(workflow.jobs).sort()).toEqual(["faults", "test"]);
  });

  it("runs every command of .ci/run, in its order, on Debian as the README's newcomer would", () => {
    expect(ciRunCommands).toEqual(["npm install --no-audit --no-fund", "npm test", "npm run test:faults"]);
    const [install, test, faults] = ciRunCommands;
    expect(runs(workflow.jobs.test)).toEqual([install, test]);
    expect(runs(workflow.jobs.faults)).toEqual([install, faults]);
    for (const job of Object.values(workflow.jobs)) expect(job.container?.image).toMatch(/^node:20-bookworm/);
  });

  it("gives npm test a MariaDB 10.11 service through DATABASE_URL", () => {
    const { services = {}, env = {} } = workflow.jobs.test;
    const [name, service] = Object.entries(services)[0] ?? [];
    expect(service?.image).toBe("mariadb:10.11");
    // In a container job a service is reached by its name.
    expect(new URL(env.DATABASE_URL).hostname).toBe(name);
  });

  it("uploads the JUnit and coverage reports whether or not the tests passed", () => {
    const upload = workflow.jobs.test.steps.find((step) => step.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.if).toBe("always()");
    expect(upload?.with?.path).toBe("reports/");
    // Where vitest and Playwright write them (vitest.config.mts, playwright.config.ts).
    expect(read("vitest.config.mts")).toContain('reportsDirectory: "reports/coverage"');
    expect(read("vitest.config.mts")).toContain('outputFile: "reports/junit-vitest.xml"');
    expect(read("playwright.config.ts")).toContain('outputFile: "reports/junit-e2e.xml"');
  });

  it("lets a failing step, the coverage gate among them, fail the job", () => {
    for (const job of Object.values(workflow.jobs)) {
      expect(job["continue-on-error"]).toBeUndefined();
      for (const step of job.steps) expect(step["continue-on-error"], step.name ?? step.run).toBeUndefined();
    }
    expect(read("vitest.config.mts")).toMatch(/thresholds:\s*{\s*lines:\s*90,\s*branches:\s*90\s*}/);
  });
});
