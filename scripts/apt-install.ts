/**
 * Installs Debian packages the two commands need (a database server, Chromium) when run as root
 * on a system with apt-get. No import.meta here: playwright.config.ts loads find-chromium.ts,
 * and so this file, as CommonJS.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const POLICY_RC_D = "/usr/sbin/policy-rc.d";
const POLICY_MARKER = "# Written by MiWell for the duration of an apt-get install.";

export function canAptInstall(): boolean {
  return process.getuid?.() === 0 && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Runs `apt-get update` and `apt-get install`, saying first what and why. It does not report
 * apt's exit status: callers look for the binary they need instead, because in a container
 * without an init system a package's postinst often fails to start its service after the
 * binary was installed, and apt then exits non-zero. `withoutRecommends` leaves out the
 * packages a package only recommends (docker-compose recommends a whole Docker engine).
 */
export function aptInstall(
  packages: string[],
  why: string,
  options: { startNoServices?: boolean; withoutRecommends?: boolean } = {},
): void {
  console.log(`MiWell: installing ${packages.join(" ")} with apt-get (${why})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Waits for another apt or dpkg (unattended-upgrades) to finish instead of failing at once.
  const lockTimeout = ["-o", "DPkg::Lock::Timeout=120"];
  const allowServices = options.startNoServices ? forbidServiceStarts() : () => {};
  try {
    // Install even when update fails: lists already on the machine may do.
    spawnSync("apt-get", ["update", ...lockTimeout], { stdio: "inherit", env });
    const recommends = options.withoutRecommends ? ["--no-install-recommends"] : [];
    spawnSync("apt-get", ["install", "-y", ...lockTimeout, ...recommends, ...packages], { stdio: "inherit", env });
  } finally {
    allowServices();
  }
}

/**
 * Debian's maintainer scripts ask /usr/sbin/policy-rc.d before starting a service, and 101
 * means "not now". Used for mariadb-server, whose postinst would otherwise start a system-wide
 * server on 3306 that MiWell never uses (it runs its own, on its own port); the service stays
 * enabled, as apt leaves it, for whoever wants it at the next boot. A policy the system already
 * has is left alone; one with our marker is a leftover from an interrupted install, so ours to
 * remove. Returns the function that undoes it.
 */
function forbidServiceStarts(): () => void {
  const existing = fs.existsSync(POLICY_RC_D) ? fs.readFileSync(POLICY_RC_D, "utf8") : undefined;
  if (existing !== undefined && !existing.includes(POLICY_MARKER)) return () => {};
  fs.writeFileSync(POLICY_RC_D, `#!/bin/sh\n${POLICY_MARKER}\nexit 101\n`, { mode: 0o755 });
  return () => fs.rmSync(POLICY_RC_D, { force: true });
}
