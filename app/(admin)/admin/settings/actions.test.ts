import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, settings } from "@/db/schema";
import { crisisLines, DEFAULT_CRISIS_LINES } from "@/lib/settings/crisis-lines";
import { DEFAULT_SETTINGS, serviceSettings } from "@/lib/settings/service-settings";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

// The session names whoever the test says is calling; the action must do the rest itself.
const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.62" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
// A save that fails as the database would, when a test says so.
const saveFails = vi.hoisted(() => ({ now: false }));
vi.mock("@/lib/admin/settings/admin-settings", async (original) => {
  const actual = await original<typeof import("@/lib/admin/settings/admin-settings")>();
  return {
    ...actual,
    saveServiceSetting: (...args: Parameters<typeof actual.saveServiceSetting>) =>
      saveFails.now ? Promise.reject(new Error("connection lost")) : actual.saveServiceSetting(...args),
  };
});

const { saveSettingAction } = await import("./actions");

const signInAs = (userId: number, role = "admin") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });
const helpline = { "line-0-name": "Shout", "line-0-number": "Text 85258", "line-0-dial": "85258", "line-0-description": "" };

describe("the settings action", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
    session.current = null;
  });

  it("saves each setting and goes back to it, and patients are shown the new helplines", async () => {
    signInAs(admin);
    expect(await redirectedTo(saveSettingAction(null, formData({ setting: "escalationHours", escalationHours: "2.5" })))).toBe(
      "/admin/settings?saved=escalationHours#setting-escalationHours",
    );
    await redirectedTo(saveSettingAction(null, formData({ setting: "alertEmailDetail", alertEmailDetail: "minimal" })));
    await redirectedTo(saveSettingAction(null, formData({ setting: "defaultReminderTime", defaultReminderTime: "20:30" })));
    expect(await redirectedTo(saveSettingAction(null, formData({ setting: "crisisLines", ...helpline })))).toBe(
      "/admin/settings?saved=crisisLines#setting-crisisLines",
    );
    expect(await saveSettingAction(null, formData({ setting: "staffTwoFactor", staffTwoFactor: "always" }))).toMatchObject({
      ok: false,
      fieldErrors: { staffTwoFactor: ["Choose whether staff must use two-factor sign-in"] },
    });
    expect(await redirectedTo(saveSettingAction(null, formData({ setting: "staffTwoFactor", staffTwoFactor: "required" })))).toBe(
      "/admin/settings?saved=staffTwoFactor#setting-staffTwoFactor",
    );
    expect(await serviceSettings()).toEqual({
      escalationHours: 2.5,
      alertEmailDetail: "minimal",
      defaultReminderTime: "20:30",
      crisisLines: [{ name: "Shout", number: "Text 85258", dial: "85258", description: "" }],
      staffTwoFactor: "required",
    });
    // From now on this admin, who has no second factor, must set one up before anything else.
    expect(await redirectedTo(saveSettingAction(null, formData({ setting: "escalationHours", escalationHours: "3" })))).toBe("/account/two-factor");
    expect(await crisisLines()).toEqual([{ name: "Shout", number: "Text 85258", dial: "85258", description: "" }]);
    const audit = await getDb().select().from(auditLog);
    expect(audit.map((row) => [row.action, row.targetType, row.actorId, row.ip])).toEqual([
      ["setting.update", "setting:escalationHours", admin, "192.0.2.62"],
      ["setting.update", "setting:alertEmailDetail", admin, "192.0.2.62"],
      ["setting.update", "setting:defaultReminderTime", admin, "192.0.2.62"],
      ["setting.update", "setting:crisisLines", admin, "192.0.2.62"],
      ["setting.update", "setting:staffTwoFactor", admin, "192.0.2.62"],
    ]);
  });

  it("answers bad input beside its field, an unknown setting plainly and a failed save with the form kept", async () => {
    signInAs(admin);
    expect(await saveSettingAction(null, formData({ setting: "crisisLines", ...helpline, "line-0-dial": "call 85258" }))).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { "line-0-dial": ["Give the number to dial as digits only, with a + in front for an international number"] },
    });
    expect(await saveSettingAction(null, formData({ setting: "sessionVersion", sessionVersion: "1" }))).toEqual({
      ok: false,
      message: "There is no such setting. Reload the page and try again.",
      fieldErrors: {},
    });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    saveFails.now = true;
    try {
      expect(await saveSettingAction(null, formData({ setting: "escalationHours", escalationHours: "2" }))).toMatchObject({ ok: false, message: expect.stringMatching(/could not save/) });
    } finally {
      saveFails.now = false;
      quiet.mockRestore();
    }
    expect(await getDb().select().from(settings)).toEqual([]);
  });

  it("sends the anonymous to sign in, and refuses everyone but an active admin before touching anything", async () => {
    const psychiatrist = await createPsychiatrist();
    const patient = (await createPatient()).userId;
    const disabledAdmin = await createAdminAccount({ disabled: true });
    const attempts = [
      () => saveSettingAction(null, formData({ setting: "escalationHours", escalationHours: "1" })),
      () => saveSettingAction(null, formData({ setting: "crisisLines", ...helpline })),
    ];
    for (const attempt of attempts) expect(await redirectedTo(attempt())).toBe("/login");
    for (const [id, role] of [
      [patient, "patient"],
      [psychiatrist, "psychiatrist"],
      [patient, "admin"],
      [psychiatrist, "admin"],
    ] as const) {
      signInAs(id, role);
      for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    }
    signInAs(disabledAdmin);
    for (const attempt of attempts) expect(await redirectedTo(attempt())).toBe("/login");

    expect(await serviceSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await crisisLines()).toEqual(DEFAULT_CRISIS_LINES);
    expect(await getDb().select().from(auditLog)).toEqual([]);
  });
});
