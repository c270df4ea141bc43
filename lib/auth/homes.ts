import type { Role, Status } from "@/db/schema";

/** Where each kind of account lands after signing in. */
export function homeFor(role: Role, status: Status): string {
  if (role === "psychiatrist" && status === "pending") return "/awaiting-approval";
  if (role === "patient") return "/today";
  if (role === "psychiatrist") return "/caseload";
  return "/admin";
}

/**
 * A place to return to after signing in, only if it is a path on this site: an absolute URL
 * or a protocol-relative "//host" would let a crafted link send people elsewhere.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 512) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f]/u.test(value)) return null;
  return value;
}
