import type { Metadata } from "next";
import Link from "next/link";
import { listTimezones } from "@/lib/accounts/timezone";
import { redirectIfSignedIn } from "@/lib/auth/redirect-if-signed-in";
import { PsychiatristRegistrationForm } from "./psychiatrist-form";

export const metadata: Metadata = { title: "Join as a psychiatrist" };

export default async function PsychiatristRegisterPage() {
  await redirectIfSignedIn();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Join as a psychiatrist</h1>
      <p className="mb-6 text-muted">
        An administrator checks every application. You can sign in straight away, and patients are assigned to you once
        you are approved.
      </p>
      <PsychiatristRegistrationForm zones={listTimezones()} />
      <p className="mt-6 text-muted">
        Looking for support for yourself?{" "}
        <Link href="/register" className="font-medium text-calm-700 underline">
          Register as a patient
        </Link>
        .
      </p>
    </div>
  );
}
