import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/homes";
import { startEnrolment } from "@/lib/auth/two-factor/enrolment";
import { twoFactorStatus } from "@/lib/auth/two-factor/manage-two-factor";
import { DisableForm, RecoveryCodesForm } from "./change-forms";
import { EnrolForm } from "./enrol-form";
import { BackToAccount } from "@/components/back-to-account";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ off?: string }> }) {
  const me = await requireUser();
  const [status, { off }] = await Promise.all([twoFactorStatus(me.id, me.role), searchParams]);
  if (!status) forbidden();
  const home = homeFor(me.role, me.status);
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-semibold text-calm-800">Two-factor sign-in</h1>
      {off && (
        <p role="status" className="rounded-md border border-calm-600 bg-calm-50 px-4 py-3 font-medium text-calm-800">
          Two-factor sign-in is off. Every other device was signed out, and we have emailed you to say so.
        </p>
      )}
      {status.enabled ? <TurnedOn recoveryCodesLeft={status.recoveryCodesLeft} required={status.required} home={home} /> : <TurnOn me={me} required={status.required} home={home} />}
      <BackToAccount />
    </section>
  );
}

function TurnOn({ me, required, home }: { me: { id: number; email: string }; required: boolean; home: string }) {
  // A new secret on every visit: it is stored only once a code confirms it.
  const enrolment = startEnrolment(me.id, me.email);
  return (
    <>
      {required && (
        <p className="rounded-md border border-calm-600 bg-calm-50 px-4 py-3 font-medium text-calm-800">
          MiWell requires staff to use two-factor sign-in. Please set it up to carry on.
        </p>
      )}
      <p className="text-muted">
        With two-factor sign-in, signing in needs your password and a 6-digit code from an app on your phone, so a stolen password alone
        cannot open the records you look after.
      </p>
      <EnrolForm token={enrolment.token} groupedSecret={enrolment.groupedSecret} uri={enrolment.uri} continueHref={home} />
    </>
  );
}

function TurnedOn({ recoveryCodesLeft, required, home }: { recoveryCodesLeft: number; required: boolean; home: string }) {
  return (
    <>
      <p className="rounded-md border border-calm-600 bg-calm-50 px-4 py-3 font-medium text-calm-800">
        Two-factor sign-in is on. You have {recoveryCodesLeft} unused recovery {recoveryCodesLeft === 1 ? "code" : "codes"}.
      </p>
      <Part id="new-codes" title="New recovery codes">
        <p className="text-muted">Lost your codes, or used most of them? Make ten new ones: the old ones stop working.</p>
        <RecoveryCodesForm continueHref={home} />
      </Part>
      <Part id="turn-off" title="Turn off two-factor sign-in">
        {required ? (
          <p className="text-muted">MiWell requires staff to use two-factor sign-in, so it cannot be turned off.</p>
        ) : (
          <>
            <p className="text-muted">Signing in will need only your password again. Every other device signed in to your account will be signed out.</p>
            <DisableForm />
          </>
        )}
      </Part>
    </>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded-xl border border-calm-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
