import Link from "next/link";
import { MoodPreview } from "@/components/mood-preview";
import { redirectIfSignedIn } from "@/lib/auth/redirect-if-signed-in";

export default async function LandingPage() {
  await redirectIfSignedIn();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 py-6 text-center">
      <h1 className="text-4xl font-semibold tracking-tight text-calm-800 sm:text-5xl">How are you today?</h1>
      <p className="text-lg text-muted">
        MiWell is a daily check-in from the charity: a few taps to say how you feel, a short task to help, and a
        psychiatrist who reads it and is there when things get hard.
      </p>
      <MoodPreview />
      <div className="flex flex-col justify-center gap-3 sm:flex-row">
        <Link href="/register" className="rounded-md bg-calm-700 px-6 py-3 text-lg font-semibold text-white hover:bg-calm-800">
          Create an account
        </Link>
        <Link href="/login" className="rounded-md border border-calm-700 px-6 py-3 text-lg font-semibold text-calm-700 hover:bg-calm-100">
          Sign in
        </Link>
      </div>
    </div>
  );
}
