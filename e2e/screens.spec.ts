import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { BasePage } from "./pages/base-page";
import { FORBIDDEN_TITLE, NOT_FOUND_TITLE, StatusPage } from "./pages/status-page";

// Full-page screenshots of every screen at a desktop and a small phone width, for people to look
// at in reports/screenshots. Each test still checks what a person would: the heading is there,
// nothing is wider than the phone, and axe finds nothing at either size.

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "mobile", width: 360, height: 740 },
] as const;

async function captureScreen(name: string, screen: BasePage, heading: string | RegExp, open: () => Promise<unknown> = () => screen.goto()) {
  const page: Page = screen.page;
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await open();
    await expect(screen.heading).toHaveText(heading);
    await expect(screen.heading).toBeVisible();
    // Fonts and emoji settle before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `page width of ${name} at ${size.width}px`).toBeLessThanOrEqual(size.width);
    await screen.expectAccessible();
    await page.screenshot({ path: `reports/screenshots/${name}-${size.name}.png`, fullPage: true });
  }
}

test.describe("every screen at desktop and phone widths", () => {
  test("landing", async ({ landing }) => {
    await captureScreen("landing", landing, "How are you today?");
    await expect(landing.moods).toHaveCount(7);
  });

  test("login", async ({ login }) => {
    await captureScreen("login", login, "Sign in");
  });

  test("register", async ({ registerPatient }) => {
    await captureScreen("register", registerPatient, "Create your account");
  });

  test("register/psychiatrist", async ({ registerPsychiatrist }) => {
    await captureScreen("register-psychiatrist", registerPsychiatrist, "Join as a psychiatrist");
  });

  test("today", async ({ today }) => {
    await captureScreen("today", today, "Hello, Riley");
    await expect(today.psychiatristSentence).toContainText("Your psychiatrist is Amara Okafor");
  });

  test("caseload", async ({ caseload }) => {
    await captureScreen("caseload", caseload, "Your caseload");
    await expect(caseload.patient("Riley Jones")).toBeVisible();
  });

  test("admin", async ({ admin }) => {
    await captureScreen("admin", admin, "Admin");
    await expect(admin.pendingPsychiatrist("pending.psychiatrist@example.com")).toContainText("Morgan Reid");
  });

  test("awaiting-approval", async ({ awaitingApproval }) => {
    await captureScreen("awaiting-approval", awaitingApproval, "Thank you, Morgan");
    await expect(awaitingApproval.awaitingNotice).toBeVisible();
  });

  test("403", async ({ patientPage }) => {
    const status = new StatusPage(patientPage);
    await captureScreen("403", status, FORBIDDEN_TITLE, () => status.open("/admin"));
  });

  test("404", async ({ status }) => {
    await captureScreen("404", status, NOT_FOUND_TITLE, () => status.open("/no-such-page"));
  });
});
