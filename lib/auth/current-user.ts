import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { accountRow } from "@/lib/accounts/account-row";
import { sessionWasEnded } from "./ended-sessions";
import { auth } from "./next-auth";
import { mustSetUpTwoFactor } from "./two-factor/staff-requirement";

export type CurrentUser = {
  id: number;
  role: Role;
  status: "active" | "pending";
  email: string;
  firstName: string;
  lastName: string;
  timezone: string;
};

/** What a session token says about whose session it is. */
export type SessionClaims = { userId: number; sessionVersion: number; sessionId: string };

/**
 * The account behind a session token, or null when the token is no longer honoured: the
 * account is gone or disabled, its session version moved on (password change, disable...), or
 * this session was signed out of. The two reads run side by side.
 */
export async function loadSessionUser({ userId, sessionVersion, sessionId }: SessionClaims): Promise<CurrentUser | null> {
  if (!Number.isSafeInteger(userId) || userId <= 0 || !sessionId) return null;
  const [row, ended] = await Promise.all([accountRow(userId), sessionWasEnded(sessionId)]);
  if (!row || ended || row.status === "disabled" || row.sessionVersion !== sessionVersion) return null;
  const { sessionVersion: _version, ...user } = row;
  return { ...user, status: row.status };
}

/** The signed-in user for this request, checked against the database once per request. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  return loadSessionUser(session);
});

/** The signed-in user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user) return user;
  const path = (await headers()).get("x-miwell-path");
  redirect(path ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login");
}

export const TWO_FACTOR_SET_UP = "/account/two-factor";

/**
 * The signed-in, active user if they hold one of these roles; otherwise the 403 page. Staff
 * whom the service requires to use two-factor sign-in are sent to set it up first.
 */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.status === "pending") redirect("/awaiting-approval");
  if (!roles.includes(user.role)) forbidden();
  if (await mustSetUpTwoFactor(user)) redirect(TWO_FACTOR_SET_UP);
  return user;
}
