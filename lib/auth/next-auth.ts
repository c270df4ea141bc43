import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Role } from "@/db/schema";
import { describeError } from "@/lib/db/describe-error";
import { authorizeCredentials, sessionFromToken, tokenWithAccount } from "./credentials";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    userId: number;
    role: Role;
    sessionVersion: number;
    /** This sign-in's own id; signing out ends it (lib/auth/ended-sessions.ts). */
    sessionId: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sv?: number;
    sid?: string;
    /** Seconds since the epoch: sign-in, and the last request that read the session. */
    signedInAt?: number;
    seenAt?: number;
  }
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;

/** A wrong password is an everyday event, not a server error worth a stack trace. */
export function logAuthError(error: Error): void {
  if (error instanceof CredentialsSignin) return;
  // A database failure during sign-in wraps the query, whose parameters hold the email typed.
  console.error(`auth: ${describeError(error)}`);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => tokenWithAccount(token, user),
    session: ({ session, token }) => sessionFromToken(session, token),
  },
  logger: { error: logAuthError },
});
