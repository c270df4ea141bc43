import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deletionOutlook } from "@/lib/accounts/deletion/deletion-outlook";
import { requireUser } from "@/lib/auth/current-user";
import { DeleteAccountForm } from "./delete-account-form";
import { blockedReason, WhatHappens } from "./what-happens";

export const metadata: Metadata = { title: "Delete your account" };

export default async function DeleteAccountPage() {
  const me = await requireUser();
  const outlook = await deletionOutlook(me.id);
  if (!outlook) notFound();
  const blocked = blockedReason(outlook);
  return (
    <section className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-semibold text-calm-800">Delete your account</h1>
      <WhatHappens outlook={outlook} pending={me.status === "pending"} />
      {blocked ? (
        <p role="status" className="rounded-md border border-warn bg-red-50 px-4 py-3 text-warn">
          {blocked}
        </p>
      ) : (
        <>
          <p>You are signed out straight away, and you will not be able to sign in with this account again.</p>
          <section aria-labelledby="confirm-heading" className="flex flex-col gap-4 rounded-xl border-2 border-warn bg-white p-5">
            <h2 id="confirm-heading" className="text-xl font-semibold text-calm-800">
              Confirm with your password
            </h2>
            <DeleteAccountForm />
          </section>
        </>
      )}
      <Link href="/account" className="self-start font-medium text-calm-700 underline">
        Keep my account and go back
      </Link>
    </section>
  );
}
