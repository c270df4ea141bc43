import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** Runs the script as `npm run -s risk:assess` does, with `input` on stdin. */
function run(input: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/risk-assess.ts"], { cwd: root, input, encoding: "utf8" });
  return { status: result.status, lines: result.stdout.split("\n").filter((l) => l !== ""), stderr: result.stderr };
}

// Each run starts tsx afresh, which takes a few seconds on a busy machine.
describe("scripts/risk-assess.ts", { timeout: 60_000 }, () => {
  it("prints exactly one JSON verdict per non-blank line and exits 0", () => {
    const { status, lines, stderr } = run('{"mood":5,"note":"I want to kill myself"}\n\n{"mood":6}\r\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { flagged: true, rules: ["concerning_words"], severity: "critical", reasons: ["The note says “kill myself”."] },
      { flagged: false, rules: [], severity: null, reasons: [] },
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("prints an error for a bad line, carries on, and exits 1", () => {
    const { status, lines } = run('not json\n{"mood":9}\n{"mood":2}');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]).error).toMatch(/^not valid JSON/);
    expect(JSON.parse(lines[1])).toEqual({ error: "mood: must be a whole number from 1 (Distressed) to 7 (Great)" });
    expect(JSON.parse(lines[2])).toMatchObject({ flagged: true, rules: ["low_mood"] });
    expect(status).toBe(1);
  });

  it("prints nothing and exits 0 for no input", () => {
    expect(run("")).toEqual({ status: 0, lines: [], stderr: "" });
  });
});
