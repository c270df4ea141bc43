import type { Role } from "@/db/schema";

/** Each role has its own tab icon, so staff with several tabs open can tell them apart. */
export function faviconFor(role: Role | null): string {
  return role ? `/icons/${role}.svg` : "/icons/miwell.svg";
}
