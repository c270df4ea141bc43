import { CredentialsSignin, type Session, type User } from "next-auth";
import type { JWT } from "@auth/core/jwt";
import type { Role } from "@/db/schema";
import { clientAddress } from "./client-address";
import { newSessionId } from "./ended-sessions";
import { nowInSeconds, sessionEnded } from "./session-lifetime";
import { signInWithCodeSchema } from "./two-factor/code-schema";
import { verifySignIn } from "./verify-sign-in";

/** A refused sign-in; its code tells the sign-in form which message to show. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** Auth.js's credentials check: the account behind an email, password and (if it has one) code, or a refusal. */
export async function authorizeCredentials(credentials: unknown, request: Request): Promise<User> {
  const parsed = signInWithCodeSchema.safeParse(credentials);
  if (!parsed.success) throw new SignInRefused("invalid");
  const { email, password, code } = parsed.data;
  const outcome = await verifySignIn(email, password, clientAddress(request.headers), code);
  if (outcome.ok) {
    const { id, role, sessionVersion } = outcome.user;
    return { id: String(id), role, sessionVersion };
  }
  throw new SignInRefused(outcome.reason === "locked" ? `locked:${outcome.retryAfterSeconds}` : outcome.reason);
}

/**
 * The token keeps only who the user is, their role, the session version it was issued at, this
 * session's own id (what signing out ends), and when they signed in and were last seen. Every
 * request that reads the session moves "last seen" on (the proxy re-issues the cookie); a session
 * past its role's limits, or from before sessions had ids, ends (null).
 */
export function tokenWithAccount(token: JWT, user?: User, now = nowInSeconds()): JWT | null {
  if (user) return { ...token, sub: user.id, role: user.role, sv: user.sessionVersion, sid: newSessionId(), signedInAt: now, seenAt: now };
  if (sessionEnded(token, now) || typeof token.sid !== "string") return null;
  return { ...token, seenAt: now };
}

export function sessionFromToken(session: Session, token: JWT): Session {
  return { ...session, userId: Number(token.sub), role: token.role as Role, sessionVersion: token.sv ?? 0, sessionId: token.sid ?? "" };
}
