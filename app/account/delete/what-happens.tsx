import Link from "next/link";
import type { DeletionOutlook } from "@/lib/accounts/deletion/deletion-outlook";

const patientsText = (n: number) => `${n} patient${n === 1 ? "" : "s"}`;

/** What deleting the account does, in the words that fit the reader's role. */
export function WhatHappens({ outlook, pending }: { outlook: DeletionOutlook; pending: boolean }) {
  if (outlook.role === "patient") {
    return (
      <>
        <p>
          Your check-ins, your notes and your psychiatrist&apos;s replies to them are deleted for good, with your profile
          and your reminders. <strong>They cannot be recovered</strong>, not even by the charity.
        </p>
        <p>
          If you want to keep a copy, first{" "}
          <Link href="/account/data" className="font-medium text-calm-700 underline">
            download your data
          </Link>
          .
        </p>
        <p className="text-muted">
          The charity keeps only counts that do not say who you are, such as how many alerts were raised, and a note in its
          records that an account was deleted.
        </p>
      </>
    );
  }
  if (outlook.role === "admin") {
    return (
      <>
        <p>Your admin account is deleted. The changes you made to MiWell, such as tasks, messages and settings, stay without your name.</p>
        <p>The last active admin cannot leave, so that someone can still run MiWell.</p>
      </>
    );
  }
  if (pending) return <p>Your application is withdrawn and your details are deleted. You can apply again later.</p>;
  return (
    <>
      {outlook.patients > 0 ? (
        <p>
          Your <strong>{patientsText(outlook.patients)}</strong> will be moved to other psychiatrists by the usual assignment
          rule (whoever has the fewest patients first), so nobody is left without care.
        </p>
      ) : (
        <p>You have no patients, so nobody needs to be moved.</p>
      )}
      <p>Your replies and reviews stay with your patients&apos; check-ins, without your name.</p>
    </>
  );
}

/** Why the form is not offered, when the deletion would be refused as things stand. */
export function blockedReason(outlook: DeletionOutlook): string | null {
  if (outlook.role === "admin" && outlook.lastAdmin) {
    return "You are the last active admin, so you cannot delete your account now. Make another admin account active first.";
  }
  if (outlook.role === "psychiatrist" && outlook.patients > 0 && !outlook.othersCanTake) {
    return "No other psychiatrist can take your patients just now, so your account cannot be deleted yet. Please ask an admin to approve another psychiatrist, or to move your patients, first.";
  }
  return null;
}
