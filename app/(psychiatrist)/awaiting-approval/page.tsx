import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/homes";

export const metadata: Metadata = { title: "Awaiting approval" };

export default async function AwaitingApprovalPage() {
  const me = await requireUser();
  if (me.status !== "pending") redirect(homeFor(me.role, me.status));
  return (
    <section className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-semibold text-calm-800">Thank you, {me.firstName}</h1>
      <p className="mb-4 text-lg">Your application is awaiting approval.</p>
      <p className="text-muted">
        An administrator at the charity checks your BACP membership before you can see patients. Once you are approved,
        new patients are assigned to you and your caseload appears here when you sign in.
      </p>
    </section>
  );
}
