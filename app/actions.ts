"use server";

import { signOut } from "@/lib/auth/next-auth";

/** Sign-out is a POST (a server action), so a link or an image on another site cannot trigger it. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
