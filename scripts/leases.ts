/**
 * Leases on the private server: each process using it holds .data/clients/<pid>, and the last
 * one out stops the server. A lease whose process died without releasing it (SIGKILL, a crash)
 * is stale and removed by whoever looks next, so a server is never kept running for the dead.
 * Callers hold the server lock, so no one joins a server that the last user is stopping.
 */
import fs from "node:fs";
import path from "node:path";
import { serverFiles } from "./paths";
import { isAlive } from "./processes";

export type LeaseHolder = { pid: number; command: string };

// One file per process, however many callers in it use the server (vitest setup, a script's
// own database): it goes when the last of them releases.
let usesInThisProcess = 0;

/** Takes a lease for this process; true if it had none yet. */
export function takeLease(): boolean {
  usesInThisProcess += 1;
  fs.mkdirSync(serverFiles.leases, { recursive: true, mode: 0o700 });
  // The command is only for people reading `private-db.ts status`.
  fs.writeFileSync(leaseFile(process.pid), `${process.argv.slice(1).join(" ")}\n`);
  return usesInThisProcess === 1;
}

/** Gives up one use; true when this process no longer holds a lease. */
export function releaseLease(): boolean {
  usesInThisProcess = Math.max(0, usesInThisProcess - 1);
  if (usesInThisProcess > 0) return false;
  fs.rmSync(leaseFile(process.pid), { force: true });
  return true;
}

/** Live processes other than this one holding a lease; removes the leases of dead ones. */
export function otherLeaseHolders(): LeaseHolder[] {
  let names: string[];
  try {
    names = fs.readdirSync(serverFiles.leases);
  } catch {
    return [];
  }
  const holders: LeaseHolder[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (!/^\d+$/.test(name) || pid === process.pid) continue;
    const file = leaseFile(pid);
    if (!isAlive(pid)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    let command = "";
    try {
      command = fs.readFileSync(file, "utf8").trim();
    } catch {
      // released meanwhile; it still counted a moment ago
    }
    holders.push({ pid, command });
  }
  return holders;
}

export function describeHolders(holders: LeaseHolder[]): string {
  return holders.map(({ pid, command }) => (command ? `${pid} (${command})` : `${pid}`)).join(", ");
}

function leaseFile(pid: number): string {
  return path.join(serverFiles.leases, String(pid));
}
