import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, settings } from "@/db/schema";
import { crisisLines, DEFAULT_CRISIS_LINES } from "@/lib/settings/crisis-lines";
import { DEFAULT_SETTINGS, serviceSettings } from "@/lib/settings/service-settings";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { auditRows } from "@/lib/testing/review";
import { ADMINS_ONLY, saveServiceSetting, settingsForAdmin } from "./admin-settings";
import { crisisLineFields } from "./crisis-line-fields";

const MIND = { name: "Mind Infoline", number: "0300 123 3393", dial: "03001233393", description: "Information and signposting, weekdays 9 to 6." };
const SHOUT = { name: "Shout", number: "Text 85258", dial: "85258", description: "" };

describe("the service's settings, as an admin changes them", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  it("reads the defaults, then each setting as saved, with who saved it on the record", async () => {
    expect(await settingsForAdmin({ id: admin })).toEqual(DEFAULT_SETTINGS);
    expect(await saveServiceSetting({ id: admin, ip: "192.0.2.9" }, "escalationHours", { escalationHours: " 1.5 " })).toEqual({ ok: true, data: 1.5 });
    expect(await saveServiceSetting({ id: admin }, "alertEmailDetail", { alertEmailDetail: "minimal" })).toMatchObject({ ok: true });
    expect(await saveServiceSetting({ id: admin }, "defaultReminderTime", { defaultReminderTime: "08:15" })).toMatchObject({ ok: true });
    expect(await settingsForAdmin({ id: admin })).toEqual({ ...DEFAULT_SETTINGS, escalationHours: 1.5, alertEmailDetail: "minimal", defaultReminderTime: "08:15" });
    expect(await auditRows("setting.update")).toEqual([
      expect.objectContaining({ actorId: admin, outcome: "allowed", targetType: "setting:escalationHours", ip: "192.0.2.9" }),
      expect.objectContaining({ targetType: "setting:alertEmailDetail" }),
      expect.objectContaining({ targetType: "setting:defaultReminderTime" }),
    ]);
  });

  it("changes the helplines patients are shown, leaving blank rows out", async () => {
    expect(await crisisLines()).toEqual(DEFAULT_CRISIS_LINES);
    // Rows 0 and 2 filled in, as the form posts them; row 1 left blank.
    const fields = { ...crisisLineFields([MIND]), ...renumber(crisisLineFields([{ ...SHOUT, name: "  Shout  " }]), 2), "line-1-name": "  " };
    expect(await saveServiceSetting({ id: admin }, "crisisLines", fields)).toEqual({ ok: true, data: [MIND, SHOUT] });
    expect(await crisisLines()).toEqual([MIND, SHOUT]);
    expect((await serviceSettings()).crisisLines).toEqual([MIND, SHOUT]);
  });

  it("refuses bad input with a message beside each field, and stores nothing", async () => {
    const refused = await saveServiceSetting({ id: admin }, "crisisLines", {
      ...crisisLineFields([MIND, { ...SHOUT, dial: "85 258" }]),
      ...renumber(crisisLineFields([{ ...MIND, number: "" }]), 4),
    });
    expect(refused).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: {
        "line-1-dial": ["Give the number to dial as digits only, with a + in front for an international number"],
        "line-4-number": ["Give the number as patients see it in 1 to 30 characters"],
        "line-4-name": ["Another helpline already has this name"],
      },
    });
    expect(await saveServiceSetting({ id: admin }, "crisisLines", { "line-0-name": " ", "line-3-dial": "" })).toEqual({
      ok: false,
      message: "Give at least one helpline: patients must always have someone to call.",
      fieldErrors: {},
    });
    for (const [key, value, message] of [
      ["escalationHours", "0.1", "Give the deadline in hours, from 0.25 (a quarter of an hour) to 72"],
      ["escalationHours", "four", "Give the deadline in hours, from 0.25 (a quarter of an hour) to 72"],
      ["escalationHours", "", "Give the deadline in hours, from 0.25 (a quarter of an hour) to 72"],
      ["alertEmailDetail", "everything", "Choose how much the alert email says"],
      ["defaultReminderTime", "7pm", "Enter a time as HH:MM, like 07:30"],
    ] as const) {
      expect(await saveServiceSetting({ id: admin }, key, { [key]: value })).toEqual({
        ok: false,
        message: "Please correct the highlighted fields.",
        fieldErrors: { [key]: [message] },
      });
    }
    expect(await getDb().select().from(settings)).toEqual([]);
    expect(await auditRows("setting.update")).toEqual([]);
    expect(await crisisLines()).toEqual(DEFAULT_CRISIS_LINES);
  });

  it("refuses everyone but an active admin, and says so in the audit trail", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    for (const id of [patient, psychiatrist, disabledAdmin]) {
      expect(await settingsForAdmin({ id })).toBeNull();
      expect(await saveServiceSetting({ id }, "escalationHours", { escalationHours: "1" })).toEqual({ ok: false, message: ADMINS_ONLY, fieldErrors: {} });
      expect(await saveServiceSetting({ id }, "crisisLines", crisisLineFields([MIND]))).toMatchObject({ ok: false, message: ADMINS_ONLY });
    }
    expect(await getDb().select().from(settings)).toEqual([]);
    const audit = await getDb().select({ outcome: auditLog.outcome, action: auditLog.action }).from(auditLog);
    expect(audit).toHaveLength(9);
    expect(audit.every((row) => row.outcome === "denied")).toBe(true);
  });
});

/** The same fields moved to start at `row`. */
function renumber(fields: Record<string, string>, row: number): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name.replace(/^line-(\d+)-/, (_, n) => `line-${Number(n) + row}-`), value]));
}
