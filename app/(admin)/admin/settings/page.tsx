import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { settingsForAdmin } from "@/lib/admin/settings/admin-settings";
import { crisisLineFields } from "@/lib/admin/settings/crisis-line-fields";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { CRISIS_LINES_MAX } from "@/lib/settings/crisis-line-schema";
import type { SettingKey } from "@/lib/settings/service-settings";
import { AlertEmailForm } from "./alert-email-form";
import { CrisisLinesForm } from "./crisis-lines-form";
import { savedSettingFrom } from "./saved-notice";
import { SingleSettingForm } from "./single-setting-form";
import { StaffTwoFactorForm } from "./staff-two-factor-form";

export const metadata: Metadata = { title: "Settings" };

/** Helpline rows on the form: room for a few more than the defaults, blank rows ignored. */
const CRISIS_ROWS = 6;

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const me = await requireRole("admin");
  const [params, ip] = await Promise.all([searchParams, requestAddress()]);
  const settings = await settingsForAdmin({ id: me.id, ip });
  if (!settings) forbidden();
  const saved = savedSettingFrom(params.saved);
  const rows = Math.min(CRISIS_LINES_MAX, Math.max(CRISIS_ROWS, settings.crisisLines.length));

  return (
    <section className="flex flex-col gap-6">
      <div>
        <h1 className="mb-2 text-3xl font-semibold text-calm-800">Settings</h1>
        <p className="max-w-3xl text-muted">How MiWell looks after people, for the whole service. Each part is saved on its own.</p>
      </div>

      <Setting setting="crisisLines" title="Crisis helplines" saved={saved}>
        <p className="max-w-3xl">
          Shown to patients at once on a hard day (on Today and in their journal) and at the foot of every page, in this order. Leave a row
          blank to leave it out; at least one is always shown.
        </p>
        <CrisisLinesForm key={JSON.stringify(settings.crisisLines)} values={crisisLineFields(settings.crisisLines)} rows={rows} />
      </Setting>

      <Setting setting="escalationHours" title="Escalation deadline" saved={saved}>
        <SingleSettingForm
          key={settings.escalationHours}
          setting="escalationHours"
          label="Hours before an alert is escalated"
          hint="An alert nobody has acknowledged within this time is emailed to every admin. From 0.25 (a quarter of an hour) to 72."
          value={String(settings.escalationHours)}
          type="number"
          step={0.25}
        />
      </Setting>

      <Setting setting="alertEmailDetail" title="Alert email" saved={saved}>
        <AlertEmailForm key={settings.alertEmailDetail} value={settings.alertEmailDetail} />
      </Setting>

      <Setting setting="defaultReminderTime" title="Default reminder time" saved={saved}>
        <SingleSettingForm
          key={settings.defaultReminderTime}
          setting="defaultReminderTime"
          label="Remind patients at"
          hint="Patients who asked for a daily reminder and chose no time of their own get it at this time of their day, if they have not checked in by then."
          value={settings.defaultReminderTime}
          type="time"
        />
      </Setting>

      <Setting setting="staffTwoFactor" title="Two-factor sign-in" saved={saved}>
        <StaffTwoFactorForm key={settings.staffTwoFactor} value={settings.staffTwoFactor} />
      </Setting>
    </section>
  );
}

function Setting({ setting, title, saved, children }: { setting: SettingKey; title: string; saved: SettingKey | null; children: ReactNode }) {
  const headingId = `setting-${setting}-heading`;
  return (
    <section id={`setting-${setting}`} aria-labelledby={headingId} className="flex scroll-mt-4 flex-col gap-4 rounded-xl border border-calm-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {saved === setting && (
        <p role="status" className="rounded-md border border-calm-600 bg-calm-50 px-4 py-3 font-medium text-calm-800">
          Saved.
        </p>
      )}
      {children}
    </section>
  );
}
