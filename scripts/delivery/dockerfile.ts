/**
 * Reading the Dockerfile as Docker does (continued lines joined, comments dropped), so the
 * tests and the standalone check can hold it to what they know about the app without an engine.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../paths";

export type Instruction = { keyword: string; args: string };
export type Stage = { name: string | undefined; base: string; instructions: Instruction[] };

export const DOCKERFILE = path.join(PROJECT_ROOT, "Dockerfile");

export function readDockerfile(file = DOCKERFILE): Stage[] {
  return parseDockerfile(fs.readFileSync(file, "utf8"));
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const { keyword, args } of instructions(text)) {
    if (keyword === "FROM") {
      const [, base, name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ name, base: base ?? args, instructions: [] });
    } else {
      // ARGs before the first FROM belong to no stage.
      stages.at(-1)?.instructions.push({ keyword, args });
    }
  }
  return stages;
}

function instructions(text: string): Instruction[] {
  const result: Instruction[] = [];
  let pending = "";
  for (const line of text.split("\n")) {
    // Comment lines may sit inside a continued instruction; Docker drops them there too.
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += continued ? line.replace(/\\\s*$/, " ") : line;
    if (continued) continue;
    const joined = pending.trim();
    pending = "";
    if (!joined) continue;
    const [, keyword, args] = /^(\S+)\s*(.*)$/s.exec(joined)!;
    result.push({ keyword: keyword.toUpperCase(), args: args.trim() });
  }
  return result;
}

export function stageNamed(stages: Stage[], name: string): Stage {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`The Dockerfile has no stage named ${name}`);
  return stage;
}

/** The last value of an instruction in a stage (CMD, USER, …), or undefined. */
export function lastOf(stage: Stage, keyword: string): string | undefined {
  return stage.instructions.filter((i) => i.keyword === keyword).at(-1)?.args;
}

/** An instruction's exec form (a JSON array), or undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((a) => typeof a === "string") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The command of a stage's HEALTHCHECK (its options left out), in exec form. */
export function healthcheckCommand(stage: Stage): string[] | undefined {
  const healthcheck = lastOf(stage, "HEALTHCHECK");
  const command = healthcheck && /^(?:--\S+\s+)*CMD\s+(.*)$/s.exec(healthcheck)?.[1];
  return command ? execForm(command) : undefined;
}
