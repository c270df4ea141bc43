/**
 * The Compose command the tests check docker-compose.yml with: Debian's `docker-compose` (v1),
 * or the Docker CLI's `docker compose` plugin. `config` validates and resolves the file without
 * a Docker engine, which these machines do not have.
 */
import { spawnSync } from "node:child_process";
import { aptInstall, canAptInstall } from "../apt-install";
import { findExecutable } from "../server-binary";
import { SetupError } from "../setup-error";

export type ComposeCommand = { command: string; args: string[] };
export type ComposeResult = { status: number | null; stdout: string; stderr: string };

export const NEEDS_COMPOSE_MESSAGE =
  "MiWell's tests validate docker-compose.yml with Compose: install it " +
  "(sudo apt-get install --no-install-recommends docker-compose) or Docker's compose plugin";

export function findCompose(): ComposeCommand | undefined {
  const standalone = findExecutable("docker-compose");
  if (standalone) return { command: standalone, args: [] };
  const docker = findExecutable("docker");
  if (docker && spawnSync(docker, ["compose", "version"], { stdio: "ignore" }).status === 0) {
    return { command: docker, args: ["compose"] };
  }
  return undefined;
}

/** findCompose(), installing Debian's `docker-compose` with apt-get when running as root and none exists. */
export function ensureCompose(): ComposeCommand {
  const found = findCompose();
  if (found) return found;
  if (!canAptInstall()) throw new SetupError(NEEDS_COMPOSE_MESSAGE);
  aptInstall(["docker-compose"], "to validate docker-compose.yml", { withoutRecommends: true });
  const installed = findCompose();
  if (!installed) throw new SetupError(`apt-get did not install docker-compose. ${NEEDS_COMPOSE_MESSAGE}`);
  return installed;
}

/**
 * Runs `compose <args>` in `cwd` with only `env` besides PATH and HOME: Compose fills the file's
 * variables from its environment, and the caller's (say an exported AUTH_SECRET) must not count.
 */
export function runCompose(
  compose: ComposeCommand,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): ComposeResult {
  const result = spawnSync(compose.command, [...compose.args, ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    // NODE_ENV only because Next's types demand it in every environment; Compose ignores it.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: process.env.NODE_ENV, ...options.env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
