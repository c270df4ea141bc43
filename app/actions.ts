"use server";

import { loadSessionUser } from "@/lib/auth/current-user";
import { endSession } from "@/lib/auth/ended-sessions";
import { auth, signOut } from "@/lib/auth/next-auth";
import { requestAddress } from "@/lib/auth/request-address";
import { describeError } from "@/lib/db/describe-error";

/**
 * Sign-out is a POST (a server action), so a link or an image on another site cannot trigger it.
 * It ends this session in the database before clearing the cookie: a request still in flight
 * (a router prefetch) can be answered with the cookie again, and that copy must be refused.
 * If the database cannot be reached the cookie is cleared all the same; a browser left signed
 * in is the worse outcome.
 */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  try {
    // Only a session still honoured is ended (and audited): a copy of an ended one changes nothing.
    if (session?.sessionId && (await loadSessionUser(session))) await endSession({ id: session.userId, ip: await requestAddress() }, session.sessionId);
  } catch (error) {
    console.error(`sign-out: the session could not be ended: ${describeError(error)}`);
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}
