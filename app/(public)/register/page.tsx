import type { Metadata } from "next";
import Link from "next/link";
import { listTimezones } from "@/lib/accounts/timezone";
import { redirectIfSignedIn } from "@/lib/auth/redirect-if-signed-in";
import { serviceSettings } from "@/lib/settings/service-settings";
import { PatientRegistrationForm } from "./patient-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function RegisterPage() {
  await redirectIfSignedIn();
  // Shown beside the reminder time, which is this unless the patient picks another.
  const { defaultReminderTime } = await serviceSettings();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Create your account</h1>
      <p className="mb-6 text-muted">
        It takes two minutes. We will match you with one of the charity&apos;s psychiatrists, who will see your daily
        check-ins.
      </p>
      <PatientRegistrationForm zones={listTimezones()} defaultReminderTime={defaultReminderTime} />
      <p className="mt-6 text-muted">
        Already registered?{" "}
        <Link href="/login" className="font-medium text-calm-700 underline">
          Sign in
        </Link>
        . A psychiatrist joining the charity?{" "}
        <Link href="/register/psychiatrist" className="font-medium text-calm-700 underline">
          Apply here
        </Link>
        .
      </p>
    </div>
  );
}
