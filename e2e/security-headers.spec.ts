import type { APIResponse } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

// Every response carries the headers that keep a browser from being turned against its user:
// pages a Content-Security-Policy whose script nonce changes with each response, everything else
// a policy that allows nothing to run.

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  // `next start` runs in production, where browsers are told to keep to HTTPS.
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

const scriptSources = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "))!.split(" ").slice(1);

test.describe("security headers", () => {
  for (const path of ["/", "/login", "/register"]) {
    test(`${path} runs only scripts carrying this response's nonce`, async ({ request }) => {
      const first = await request.get(path);
      const second = await request.get(path);
      expectCommonHeaders(first);
      const sources = scriptSources(first.headers()["content-security-policy"]);
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      const nonce = /^'nonce-(.+)'$/.exec(sources.find((s) => s.startsWith("'nonce-"))!)![1];
      expect(scriptSources(second.headers()["content-security-policy"])).not.toContain(`'nonce-${nonce}'`);
      // Every script the page has carries the nonce.
      const html = await first.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    });
  }

  test("route handlers and files allow nothing to run", async ({ request }) => {
    for (const path of ["/api/health", "/favicon.ico", "/api/unsubscribe"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expectCommonHeaders(response);
      expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  test("a patient's day in the browser breaks none of the policy", async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO.patient.email, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/today");
    for (const link of ["Journal", "Progress", "Tasks", "Today"]) {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
      await page.waitForURL((url) => url.pathname === `/${link.toLowerCase()}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
});
