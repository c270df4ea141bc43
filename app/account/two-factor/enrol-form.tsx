"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { enableTwoFactorSchema } from "@/lib/auth/two-factor/code-schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { enableTwoFactorAction } from "./actions";
import { PasswordAndCodeFields } from "./password-and-code-fields";
import { RecoveryCodesList } from "./recovery-codes-list";

const CLEAR_ON_FAILURE = ["code" as const, "password" as const];

type Props = { token: string; groupedSecret: string; uri: string; continueHref: string };

/** Setting up the app with a new secret, then confirming with a code; the recovery codes follow. */
export function EnrolForm({ token, groupedSecret, uri, continueHref }: Props) {
  const { form, formRef, formAction, onSubmit, errorFor, formMessage, pending, state } = useServerForm(
    enableTwoFactorSchema,
    // The answer carries the recovery codes (see below); the form itself needs only ok or not.
    enableTwoFactorAction as (previous: ActionResult | null, form: FormData) => Promise<ActionResult>,
    { enrolment: token, code: "", password: "" },
    { clearOnFailure: CLEAR_ON_FAILURE },
  );
  const done = state?.ok ? (state as ActionResult<{ recoveryCodes: string[] }>) : null;
  if (done?.ok) return <RecoveryCodesList codes={done.data!.recoveryCodes} heading="Two-factor sign-in is on" continueHref={continueHref} />;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="step-app" className="flex flex-col gap-3">
        <h2 id="step-app" className="text-xl font-semibold">
          1. Add MiWell to your authenticator app
        </h2>
        <p>
          In an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password), add an account and type
          this key:
        </p>
        <p className="rounded-md border border-calm-200 bg-white px-3 py-2 font-mono text-lg tracking-wide">
          {groupedSecret}
        </p>
        <p>
          On the phone itself you can instead <a href={uri} className="font-medium text-calm-700 underline">open this set-up link in your app</a>. The
          link in full, for apps that ask for it:
        </p>
        <p className="font-mono text-sm break-all text-muted">{uri}</p>
      </section>
      <section aria-labelledby="step-confirm" className="flex flex-col gap-3">
        <h2 id="step-confirm" className="text-xl font-semibold">
          2. Confirm with a code
        </h2>
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormMessage message={formMessage} />
          <input type="hidden" {...form.register("enrolment")} />
          <PasswordAndCodeFields code={{ registration: form.register("code"), error: errorFor("code") }} password={{ registration: form.register("password"), error: errorFor("password") }} codeHint="The 6 digits your app shows for MiWell now" />
          <SubmitButton pending={pending}>Turn on two-factor sign-in</SubmitButton>
        </form>
      </section>
    </div>
  );
}
