/**
 * The Dockerfile, read as Docker reads it: what each image runs, as whom, and whether the tools
 * image holds every file its commands load. (Building it needs a Docker engine; `npm test`
 * runs the web image's server and HEALTHCHECK from the standalone build instead.)
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../paths";
import { isDockerIgnored, readDockerIgnore } from "./docker-ignore";
import { execForm, healthcheckCommand, lastOf, readDockerfile, stageNamed, type Stage } from "./dockerfile";
import { importClosure } from "./import-closure";
import { tsxEntry } from "./package-scripts";

const stages = readDockerfile();
const ignored = readDockerIgnore();

/** Sources of a stage's COPYs from the build context (not from another stage). */
function contextCopies(stage: Stage): string[] {
  return stage.instructions
    .filter((i) => i.keyword === "COPY" && !/--from=/.test(i.args))
    .flatMap((i) => i.args.split(/\s+/).filter((word) => !word.startsWith("--")).slice(0, -1))
    .map((source) => source.replace(/^\.\/?/, "").replace(/\/$/, ""));
}

const isCopied = (file: string, sources: string[]) =>
  sources.some((source) => source === "" || file === source || file.startsWith(`${source}/`));

const runsAsRoot = (stage: Stage) => ["", "root", "0"].includes((lastOf(stage, "USER") ?? "").split(":")[0]);


describe("Dockerfile", () => {
  it("builds the web image by default: the last stage is web", () => {
    expect(stages.at(-1)?.name).toBe("web");
    expect(stages.length).toBeGreaterThan(2);
  });

  it("runs the standalone server as a user other than root, from a slim Node image", () => {
    const web = stageNamed(stages, "web");
    expect(execForm(lastOf(web, "CMD") ?? "")).toEqual(["node", "server.js"]);
    expect(lastOf(web, "ENTRYPOINT")).toBeUndefined();
    expect(runsAsRoot(web)).toBe(false);
    const copies = web.instructions.filter((i) => i.keyword === "COPY").map((i) => i.args);
    expect(copies).toContainEqual(expect.stringMatching(/--from=build\s+\/app\/\.next\/standalone\s/));
    const nodeImage = /^ARG\s+NODE_IMAGE=(\S+)$/m.exec(fs.readFileSync(path.join(PROJECT_ROOT, "Dockerfile"), "utf8"))?.[1];
    expect(nodeImage).toMatch(/^node:\d+-(bookworm-slim|alpine)/);
    expect(web.base).toBe("${NODE_IMAGE}");
  });

  it("checks its health on /api/health, and never migrates at start", () => {
    const web = stageNamed(stages, "web");
    expect(healthcheckCommand(web)?.join(" ")).toContain("/api/health");
    const started = [lastOf(web, "CMD"), lastOf(web, "ENTRYPOINT")].join(" ");
    expect(started).not.toMatch(/migrat/i);
  });

  it("has a tools image whose default command is `npm run worker`'s script, run as a user other than root", () => {
    const tools = stageNamed(stages, "tools");
    // Node runs it itself (no npm, no shell), so that `docker stop` stops the worker gracefully.
    expect(execForm(lastOf(tools, "CMD") ?? "")).toEqual(["node", "--import", "tsx", tsxEntry("worker")]);
    expect(runsAsRoot(tools)).toBe(false);
  });

  it("copies into the tools image every file `npm run worker` and `npm run db:migrate` load", () => {
    const sources = contextCopies(stageNamed(stages, "tools"));
    const needed = [
      "package.json",
      "tsconfig.json", // tsx reads the "@/" paths from it
      "db/migrations/meta/_journal.json", // the migrations db:migrate applies
      ...importClosure([tsxEntry("worker"), tsxEntry("db:migrate")]),
    ];
    expect(needed).toContain("lib/notifications/worker.ts");
    expect(needed.filter((file) => !isCopied(file, sources) || isDockerIgnored(file, ignored))).toEqual([]);
  });

  it("copies from the build context only what exists and .dockerignore lets through", () => {
    for (const stage of stages) {
      for (const source of contextCopies(stage)) {
        if (source === "") continue;
        expect(fs.existsSync(path.join(PROJECT_ROOT, source)), `${source} exists`).toBe(true);
        expect(isDockerIgnored(source, ignored), `${source} is not ignored`).toBe(false);
      }
    }
  });
});

describe(".dockerignore", () => {
  it("keeps local state, secrets and earlier builds out of the image, and the sources in", () => {
    for (const file of [".env", ".data/auth-secret", "node_modules/next/package.json", ".next/BUILD_ID", ".git/HEAD", "reports/junit-vitest.xml"]) {
      expect(isDockerIgnored(file, ignored), file).toBe(true);
    }
    for (const file of ["app/layout.tsx", "lib/notifications/worker.ts", "db/schema.ts", "public/icons/miwell.svg", "package-lock.json"]) {
      expect(isDockerIgnored(file, ignored), file).toBe(false);
    }
  });

  it("reads patterns as Docker does: globs, folders, and ! to let a path back in", () => {
    expect(isDockerIgnored("docs/a/b.md", ["docs"])).toBe(true);
    expect(isDockerIgnored("docsets/a.md", ["docs"])).toBe(false);
    expect(isDockerIgnored("a/b/c.tsbuildinfo", ["**/*.tsbuildinfo"])).toBe(true);
    expect(isDockerIgnored("x.tsbuildinfo", ["*.tsbuildinfo"])).toBe(true);
    expect(isDockerIgnored("lib/x.tsbuildinfo", ["*.tsbuildinfo"])).toBe(false);
    expect(isDockerIgnored(".env.example", [".env.*", "!.env.example"])).toBe(false);
    expect(isDockerIgnored(".env.local", [".env.*", "!.env.example"])).toBe(true);
  });
});
