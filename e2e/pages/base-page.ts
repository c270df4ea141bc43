import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import type { Result } from "axe-core";

/** The WCAG 2.1 A and AA rules: the level the charity promises its users. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What every screen shares: the site header, the main landmark, the tab icon and an axe scan. */
export abstract class BasePage {
  /** The address of the screen, relative to the base URL. */
  abstract readonly path: string;

  constructor(readonly page: Page) {}

  /** Opens the screen with a full page load, waits for React to take over, and returns the HTTP response. */
  async goto(): Promise<Response | null> {
    const response = await this.page.goto(this.path);
    await this.waitForHydration();
    return response;
  }

  /**
   * Waits until React has hydrated the page: text typed before that is wiped when the form's
   * fields register. Next mounts its route announcer from an effect, so it appears only after
   * hydration (it has no role of its own until then, hence the tag name).
   */
  async waitForHydration(): Promise<void> {
    await this.page.locator("next-route-announcer").waitFor({ state: "attached" });
  }

  get header(): Locator {
    return this.page.getByRole("banner");
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  get heading(): Locator {
    return this.main.getByRole("heading", { level: 1 });
  }

  get signOutButton(): Locator {
    return this.header.getByRole("button", { name: "Sign out" });
  }

  /** "Signed in as Riley" in the header, present only for a signed-in user. */
  get signedInAs(): Locator {
    return this.header.getByText(/^Signed in as \S+$/);
  }

  get mainNavigation(): Locator {
    return this.header.getByRole("navigation", { name: "Main" });
  }

  /** Signs out with the header's button (a form POST) and waits for the sign-in page. */
  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await this.page.waitForURL((url) => url.pathname === "/login" && url.searchParams.has("signedOut"));
  }

  /** The tab icon the page asks for, e.g. "/icons/patient.svg". */
  async favicon(): Promise<string | null> {
    // The icon link has no role or label, so a CSS selector is the only way to it.
    return this.page.locator('link[rel="icon"]').first().getAttribute("href");
  }

  /** True when `first` comes before `second` in the page, in the order a screen reader reads them. */
  async comesBefore(first: Locator, second: Locator): Promise<boolean> {
    const other = await second.elementHandle();
    try {
      return await first.evaluate((a, b) => Boolean(b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING), other);
    } finally {
      await other?.dispose();
    }
  }

  /** How wide the page's content is, to compare with the window: wider means a sideways scroll. */
  async scrollWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /** Runs axe over the whole page and fails with a readable list of every WCAG 2.1 A/AA violation. */
  async expectAccessible(): Promise<void> {
    // Next streams a page's metadata after its first bytes; axe must not read the page before the
    // <title> arrives. A page that never gets one still fails here, by name.
    await expect(this.page, "every page has a title").toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    const report = results.violations.map(describeViolation);
    expect(report, `axe found ${report.length} accessibility violation(s) on ${this.page.url()}:\n\n${report.join("\n\n")}\n`).toEqual([]);
  }
}

function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? "").replace(/\n/g, "\n        ");
    return `    at ${node.target.join(" ")}\n      ${node.html}\n        ${summary}`;
  });
  return `${violation.id} [${violation.impact ?? "unknown impact"}]: ${violation.help}\n  ${violation.helpUrl}\n${nodes.join("\n")}`;
}
