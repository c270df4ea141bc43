import type { Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./fixtures";
import { FORBIDDEN_TITLE, NOT_FOUND_TITLE, StatusPage } from "./pages/status-page";
import { TodayPage } from "./pages/today-page";
import { CaseloadPage } from "./pages/caseload-page";
import { AdminPage } from "./pages/admin-page";

async function expectForbidden(page: Page, path: string): Promise<StatusPage> {
  const status = new StatusPage(page);
  const response = await status.open(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(403);
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(status.heading).toHaveText(FORBIDDEN_TITLE);
  await expect(status.code).toHaveText("Error 403");
  await expect(status.homeLink).toBeVisible();
  return status;
}

test.describe("each role is kept to its own pages", () => {
  test("a patient is refused the caseload and admin pages", async ({ patientPage }) => {
    const status = await expectForbidden(patientPage, "/caseload");
    await status.expectAccessible();
    await expectForbidden(patientPage, "/admin");
    // The way on leads back to the patient's own home.
    await status.homeLink.click();
    await expect(patientPage).toHaveURL(/\/today$/);
  });

  test("a psychiatrist is refused the today and admin pages", async ({ psychiatristPage }) => {
    await expectForbidden(psychiatristPage, "/today");
    await expectForbidden(psychiatristPage, "/admin");
  });

  test("an admin is refused the today and caseload pages", async ({ adminPage }) => {
    await expectForbidden(adminPage, "/today");
    await expectForbidden(adminPage, "/caseload");
  });

  test("each role's own home page answers 200", async ({ patientPage, psychiatristPage, adminPage }) => {
    for (const [page, screen] of [
      [patientPage, new TodayPage(patientPage)],
      [psychiatristPage, new CaseloadPage(psychiatristPage)],
      [adminPage, new AdminPage(adminPage)],
    ] as const) {
      const response = await screen.goto();
      expect(response?.status(), screen.path).toBe(200);
      await expect(page).toHaveURL((url) => url.pathname === screen.path);
    }
  });
});

test.describe("not found", () => {
  test("an unknown address shows the friendly 404 page with status 404", async ({ page, status }) => {
    const response = await status.open("/no-such-page/at-all");
    expect(response?.status()).toBe(404);
    await expect(status.heading).toHaveText(NOT_FOUND_TITLE);
    await expect(status.code).toHaveText("Error 404");
    await status.expectAccessible();
    await status.homeLink.click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
  });

  test("a signed-in patient gets the same 404 page", async ({ patientPage }) => {
    const status = new StatusPage(patientPage);
    const response = await status.open("/today/no-such-thing");
    expect(response?.status()).toBe(404);
    await expect(status.heading).toHaveText(NOT_FOUND_TITLE);
  });
});

test.describe("the tab icon tells the roles apart", () => {
  test("signed out, the MiWell icon", async ({ landing, request }) => {
    await landing.goto();
    const icon = await landing.favicon();
    expect(icon).toBe("/icons/miwell.svg");
    const response = await request.get(icon!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
  });

  test("each role has its own icon", async ({ today, caseload, admin, awaitingApproval, request }) => {
    const expected = [
      [today, "/icons/patient.svg"],
      [caseload, "/icons/psychiatrist.svg"],
      [admin, "/icons/admin.svg"],
      [awaitingApproval, "/icons/psychiatrist.svg"],
    ] as const;
    for (const [screen, icon] of expected) {
      await screen.goto();
      expect(await screen.favicon(), `icon on ${screen.path}`).toBe(icon);
      expect((await request.get(icon)).status(), icon).toBe(200);
    }
  });

  test("the icon follows signing in and out without a reload", async ({ page, login }) => {
    await login.goto();
    expect(await login.favicon()).toBe("/icons/miwell.svg");
    await login.signIn(DEMO.patient.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/today$/);
    await expect.poll(() => login.favicon()).toBe("/icons/patient.svg");
    await login.signOut();
    await expect.poll(() => login.favicon()).toBe("/icons/miwell.svg");
  });
});

test.describe("health check", () => {
  test("GET /api/health answers 200 with the database reachable", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
    expect(typeof body.database.latencyMs).toBe("number");
  });
});
