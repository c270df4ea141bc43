import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/next-auth";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

// Only the anonymous are turned away here; every page and action checks the user's role and
// what they may touch itself.
const SIGNED_IN_AREAS = [
  "/today",
  "/journal",
  "/progress",
  "/tasks",
  "/caseload",
  "/review",
  "/alerts",
  "/patients",
  "/admin",
  "/account",
  "/awaiting-approval",
  "/library",
];

function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (needsSignIn(pathname) && !request.auth) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  // Pages read this to send a user whose session has ended back here after signing in.
  const headers = new Headers(request.headers);
  headers.set("x-miwell-path", pathname + search);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|icons/|favicon).*)"],
};
