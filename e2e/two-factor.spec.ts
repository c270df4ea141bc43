import { base32 } from "@otplib/plugin-base32-scure";
import { crypto } from "@otplib/plugin-crypto-node";
import { generateSync } from "@otplib/totp";
import type { Page } from "@playwright/test";
import { CODE_NEEDED, WRONG_CODE } from "../lib/auth/sign-in-messages";
import { TEST_PASSWORD } from "../lib/testing/accounts";
import { expect, signedIn, test } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { AccountTwoFactorPage, TwoFactorLoginPage } from "./pages/account-two-factor-page";
import { psychiatristWithPatients } from "./people-data";

// A fresh psychiatrist turns on two-factor sign-in with a code computed from the key the page
// shows, as their app would; then signing in needs a code after the password: one from the app
// works, a wrong one is refused, and a recovery code works once.

/** The app's code for `secret`, `stepsAhead` 30-second steps from now. */
const appCode = (secret: string, stepsAhead = 0) => generateSync({ secret, crypto, base32, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });

async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, width] of [["desktop", 1280], ["phone", 360]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `reports/screenshots/${name}-${label}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits ${width} px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a psychiatrist turns on two-factor sign-in, then signs in with a code and with a recovery code", async ({ browser }) => {
  const psychiatrist = await psychiatristWithPatients("Twofactor", 0);
  const page = await signedIn(browser, { email: psychiatrist.email, password: TEST_PASSWORD }, "/caseload");
  try {
    const account = new AccountPage(page);
    await account.goto();
    await account.main.getByRole("link", { name: "Two-factor sign-in" }).click();
    const setUp = new AccountTwoFactorPage(page);
    await expect(setUp.heading).toHaveText("Two-factor sign-in");
    await setUp.waitForHydration();
    const secret = await setUp.secret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(setUp.setUpLink).toHaveAttribute("href", new RegExp(`^otpauth://totp/MiWell%3A.+[?&]secret=${secret}&`));
    await setUp.expectAccessible();
    await screenshots(page, "account-two-factor");

    await setUp.turnOn("000000", TEST_PASSWORD);
    await expect(setUp.codeInput).toHaveAttribute("aria-invalid", "true");
    await setUp.turnOn(appCode(secret), TEST_PASSWORD);
    await expect(setUp.recoveryCodes).toHaveCount(10);
    const codes = await setUp.recoveryCodes.allInnerTexts();
    await setUp.expectAccessible();
    await screenshots(page, "account-two-factor-codes");
    await setUp.continueLink.click();
    await page.waitForURL("**/caseload");
    await setUp.signOut();

    const login = new TwoFactorLoginPage(page);
    await login.waitForHydration();
    await login.signIn(psychiatrist.email, TEST_PASSWORD);
    await expect(login.codeInput).toHaveAccessibleDescription(new RegExp(CODE_NEEDED.slice(0, 30)));
    await expect(login.passwordInput).toHaveValue(TEST_PASSWORD);
    await login.expectAccessible();
    await screenshots(page, "login-code");
    await login.enterCode("000000");
    await expect(login.codeInput).toHaveAccessibleDescription(new RegExp(WRONG_CODE.slice(0, 30)));
    await expect(page).toHaveURL(/\/login/);
    // The code from the set-up was used; the app's next one is accepted.
    await login.enterCode(appCode(secret, 1));
    await page.waitForURL("**/caseload");
    await setUp.signOut();

    await login.waitForHydration();
    await login.signIn(psychiatrist.email, TEST_PASSWORD);
    await login.enterCode(codes[0]);
    await page.waitForURL("**/caseload");
    await setUp.signOut();

    await login.waitForHydration();
    await login.signIn(psychiatrist.email, TEST_PASSWORD);
    await login.enterCode(codes[0]);
    await expect(login.codeInput).toHaveAccessibleDescription(new RegExp(WRONG_CODE.slice(0, 30)));
  } finally {
    await page.context().close();
  }
});
