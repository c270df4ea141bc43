import type { Metadata } from "next";
import { myPsychiatrist } from "@/lib/accounts/my-psychiatrist";
import { requireRole } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const me = await requireRole("patient");
  const psychiatrist = await myPsychiatrist(me.id);
  return (
    <section className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Hello, {me.firstName}</h1>
      {psychiatrist && (
        <p className="mb-6 text-lg">
          Your psychiatrist is{" "}
          <strong>
            {psychiatrist.firstName} {psychiatrist.lastName}
          </strong>
          . They will see how you are doing each day.
        </p>
      )}
      <div className="rounded-lg border border-calm-200 bg-white p-6">
        <h2 className="mb-2 text-xl font-semibold">Your daily check-in</h2>
        <p className="text-muted">
          The daily check-in opens here shortly: a mood in one tap, a few words if you like, and your minutes of
          mindfulness.
        </p>
      </div>
    </section>
  );
}
