import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { type OwnProfile, ownProfile } from "@/lib/accounts/profile/own-profile";
import { listTimezones } from "@/lib/accounts/timezone";
import { requireUser } from "@/lib/auth/current-user";
import { serviceSetting } from "@/lib/settings/service-settings";
import { AdminProfileForm } from "./admin-profile-form";
import { PatientProfileForm } from "./patient-profile-form";
import { PsychiatristProfileForm } from "./psychiatrist-profile-form";
import { SignOutEverywhere } from "./sign-out-everywhere/sign-out-everywhere";

export const metadata: Metadata = { title: "Your account" };

const ROLE_NAMES = { patient: "Patient", psychiatrist: "Psychiatrist", admin: "Admin" } as const;

const MORE = [
  { href: "/account/password", label: "Change your password" },
  { href: "/account/two-factor", label: "Two-factor sign-in", staffOnly: true },
  { href: "/account/data", label: "Download your data" },
  { href: "/account/delete", label: "Delete your account" },
];

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const me = await requireUser();
  const [profile, { saved }] = await Promise.all([ownProfile(me.id), searchParams]);
  if (!profile) redirect("/login");
  // A zone saved before this runtime knew it by that name is still offered.
  const known = listTimezones();
  const zones = known.includes(profile.values.timezone) ? known : [profile.values.timezone, ...known];
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-semibold text-calm-800">Your account</h1>
      {saved && (
        <p role="status" className="rounded-md border border-calm-600 bg-calm-50 px-4 py-3 font-medium text-calm-800">
          Your details are saved.
        </p>
      )}
      <AccountFacts profile={profile} />
      <section aria-labelledby="details-heading" className="flex flex-col gap-2">
        <h2 id="details-heading" className="text-xl font-semibold">
          Your details
        </h2>
        {/* Keyed by what is stored, so after a save the form shows it as stored (a phone in +44 form). */}
        <ProfileForm key={JSON.stringify(profile.values)} profile={profile} zones={zones} />
      </section>
      <section aria-labelledby="more-heading" className="flex flex-col gap-2">
        <h2 id="more-heading" className="text-xl font-semibold">
          Password, data and deletion
        </h2>
        <ul className="flex flex-col gap-2">
          {MORE.filter((item) => !item.staffOnly || me.role !== "patient").map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="font-medium text-calm-700 underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <SignOutEverywhere />
    </section>
  );
}

/** What the account is, which this page does not change. */
function AccountFacts({ profile }: { profile: OwnProfile }) {
  return (
    <dl className="flex flex-col gap-3 rounded-xl border border-calm-200 bg-white p-4">
      <Fact term="Account type">
        {ROLE_NAMES[profile.role]}
        {profile.role === "psychiatrist" && !profile.approved && ", awaiting approval"}
      </Fact>
      {profile.role === "psychiatrist" && (
        <Fact term="BACP membership number">
          {profile.registrationNumber}
          <p className="text-sm font-normal text-muted">Only an admin can change it, since a new number needs the same check as your application.</p>
        </Fact>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted sm:text-base">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

async function ProfileForm({ profile, zones }: { profile: OwnProfile; zones: string[] }) {
  if (profile.role === "patient") {
    return <PatientProfileForm values={profile.values} zones={zones} defaultReminderTime={await serviceSetting("defaultReminderTime")} />;
  }
  if (profile.role === "psychiatrist") return <PsychiatristProfileForm values={profile.values} zones={zones} />;
  return <AdminProfileForm values={profile.values} zones={zones} />;
}
