import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { homeFor, safeReturnPath } from "@/lib/auth/homes";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  const user = await currentUser();
  if (user) redirect(callbackUrl ?? homeFor(user.role, user.status));
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Sign in</h1>
      {params.signedOut && <p className="mb-4 rounded-md bg-calm-100 px-4 py-3">You have signed out. See you soon.</p>}
      {params.registered && <p className="mb-4 rounded-md bg-calm-100 px-4 py-3">Your account is ready: please sign in.</p>}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-muted">
        New here?{" "}
        <Link href="/register" className="font-medium text-calm-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
