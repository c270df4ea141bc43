import { restore, snapshot } from "./admin-rules-settings-data";
import { expect, test, uniqueToken } from "./fixtures";
import { AdminAlertRulesPage } from "./pages/admin-alert-rules-page";
import { AdminSettingsPage } from "./pages/admin-settings-page";
import { TodayPage } from "./pages/today-page";

// Rules and settings are the whole service's: each test puts back what it changed, through the
// screens, and a snapshot taken first restores the rows whatever happens.
let saved: Awaited<ReturnType<typeof snapshot>>;
test.beforeEach(async () => {
  saved = await snapshot(["low_mood"], ["escalationHours", "crisisLines"]);
});
test.afterEach(async () => {
  await restore(saved);
});

test.describe("alert rules", () => {
  test("a change is previewed against the rules in force, saved, then reset to the defaults", async ({ adminPage, freshPatient }) => {
    // A Very low day two days ago: the rule in force alerts on it, the change would not.
    await freshPatient.addPastEntries([{ daysAgo: 2, mood: "Very low", note: "Hard to get up." }]);
    const rules = new AdminAlertRulesPage(adminPage);
    await rules.goto();
    await expect(rules.cards).toHaveCount(5);
    await rules.expectAccessible();

    const lowMood = rules.rule("Low mood");
    await expect(lowMood.state).toHaveText("Status: On");
    await expect(lowMood.field("Alert at this mood or lower")).toHaveValue("2");
    await lowMood.field("Alert at this mood or lower").selectOption({ label: "😡 Distressed" });
    await lowMood.runPreview();
    const counts = await lowMood.previewCounts("Low mood");
    expect(counts.now).toBeGreaterThan(counts.changed);
    await expect(lowMood.previewSummary).toHaveText(new RegExp(`With the change: ${(await lowMood.previewCounts("All rules")).changed} alerts?\\.`));
    await expect(lowMood.patients("Fewer alerts with the change").first()).toContainText(/: 1 fewer|: \d+ fewer/);
    await rules.expectAccessible();

    // Previewing stored nothing: a reload shows the rule as it was.
    await rules.goto();
    await expect(rules.rule("Low mood").field("Alert at this mood or lower")).toHaveValue("2");

    await lowMood.field("Alert at this mood or lower").selectOption({ label: "😡 Distressed" });
    await lowMood.save();
    await expect(rules.rule("Low mood").field("Alert at this mood or lower")).toHaveValue("1");
    await expect(lowMood.root).toContainText(/Changed .* by Alex /);

    await lowMood.enabled.uncheck();
    await lowMood.save();
    await expect(lowMood.state).toHaveText("Status: Off");
    await expect(lowMood.enabled).not.toBeChecked();

    await lowMood.resetToDefaults();
    await expect(lowMood.state).toHaveText("Status: On");
    await expect(rules.rule("Low mood").field("Alert at this mood or lower")).toHaveValue("2");
    await expect(lowMood.root).toContainText("The defaults MiWell ships with.");
  });

  test("bad input is refused beside its field and nothing is saved", async ({ adminPage }) => {
    const rules = new AdminAlertRulesPage(adminPage);
    await rules.goto();
    const run = rules.rule("A run of low days");
    await run.field("Days in a row").fill("0");
    await run.saveButton.click();
    await expect(run.fieldErrors).toHaveText(["Give the number of days as a whole number from 1 to 60"]);
    await expect(run.field("Days in a row")).toHaveAttribute("aria-invalid", "true");
    await rules.goto();
    await expect(rules.rule("A run of low days").field("Days in a row")).toHaveValue("3");
  });
});

test.describe("settings", () => {
  test("the escalation deadline is changed and put back", async ({ adminPage }) => {
    const settings = new AdminSettingsPage(adminPage);
    await settings.goto();
    await settings.expectAccessible();
    const before = await settings.escalationHours.inputValue();

    await settings.saveEscalationHours("80");
    await expect(settings.section("Escalation deadline").getByText(/^Give the deadline in hours/)).toBeVisible();
    await settings.saveEscalationHours("1.5");
    await expect(settings.saved("Escalation deadline")).toHaveText("Saved.");
    await settings.goto();
    await expect(settings.escalationHours).toHaveValue("1.5");

    await settings.saveEscalationHours(before);
    await expect(settings.saved("Escalation deadline")).toHaveText("Saved.");
    await expect(settings.escalationHours).toHaveValue(before);
  });

  test("a helpline added by an admin is offered to patients on a hard day and in the footer, until it is taken out", async ({ adminPage, freshPatientPage }) => {
    const token = uniqueToken();
    const helpline = { name: `Night line ${token}`, number: "0800 123 4567", dial: "08001234567", description: "Open every night, 6pm to 2am." };
    const settings = new AdminSettingsPage(adminPage);
    await settings.goto();
    await expect(settings.helpline(1)).toBeVisible();
    expect(await settings.readHelpline(1)).toMatchObject({ name: "Samaritans", number: "116 123", dial: "116123" });

    await settings.fillHelpline(4, { ...helpline, dial: "0800 123 4567" });
    await settings.section("Crisis helplines").getByRole("button", { name: "Save helplines" }).click();
    await expect(settings.helpline(4).getByText(/^Give the number to dial as digits only/)).toBeVisible();
    await settings.fillHelpline(4, helpline);
    await settings.saveHelplines();
    expect(await settings.readHelpline(4)).toEqual(helpline);
    await settings.expectAccessible();

    const today = new TodayPage(freshPatientPage);
    await today.goto();
    const footer = freshPatientPage.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "0800 123 4567" })).toHaveAttribute("href", "tel:08001234567");
    await today.checkIn({ mood: "Very low" });
    await expect(today.callLinks).toHaveText(["Call 116 123", "Call 111", "Call 999", "Call 0800 123 4567"]);
    await expect(today.crisisPanel).toContainText(helpline.name);

    await settings.clearHelpline(4);
    await settings.saveHelplines();
    await expect(settings.helpline(4).getByLabel("Name")).toHaveValue("");
    await today.goto();
    await expect(today.callLinks).toHaveText(["Call 116 123", "Call 111", "Call 999"]);
    await expect(footer.getByRole("link", { name: "0800 123 4567" })).toHaveCount(0);
  });
});
