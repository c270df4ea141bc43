import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { PasswordForm } from "./password-form";
import { BackToAccount } from "@/components/back-to-account";

export const metadata: Metadata = { title: "Change your password" };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  await requireUser();
  const { changed } = await searchParams;
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-semibold text-calm-800">Change your password</h1>
      {changed ? (
        <div role="status" className="flex flex-col gap-2 rounded-md border border-calm-600 bg-calm-50 px-4 py-3 text-calm-800">
          <p className="font-medium">Your password is changed.</p>
          <p>You are still signed in here; everywhere else you were signed out. We have emailed you to say so.</p>
        </div>
      ) : (
        <>
          <p className="text-muted">
            Type your current password, then the new one twice. Every other device signed in to your account will be signed out, and we
            will email you to say the password changed.
          </p>
          <PasswordForm />
        </>
      )}
      <BackToAccount />
    </section>
  );
}
