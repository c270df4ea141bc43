"use server";

import { signOutEverywhere } from "@/lib/accounts/profile/sign-out-everywhere";
import { requireUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { requestAddress } from "@/lib/auth/request-address";

/**
 * Ends the signed-in person's sessions on every device, then signs this browser out too. An
 * account disabled meanwhile is refused, and has no session left to end anyway.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const me = await requireUser();
  await signOutEverywhere({ id: me.id, ip: await requestAddress() });
  await signOut({ redirectTo: "/login?signedOut=1" });
}
