import type { Page } from "@playwright/test";

// React reports a server/browser mismatch as a recoverable error (production builds name it by
// number: 418 text or markup, 419/422/423 a failed hydration, 425 text). Components drawn in the
// browser from the server's data must write exactly what the server wrote.
const HYDRATION = /hydrat|Minified React error #(418|419|422|423|425)\b/i;

const problemsByPage = new WeakMap<Page, string[]>();

/** Collects every hydration problem the page reports, from now until it closes. */
export function watchHydration(page: Page): void {
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on("pageerror", (error) => {
    if (HYDRATION.test(`${error.message}\n${error.stack ?? ""}`)) problems.push(`${page.url()}: ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && HYDRATION.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
}

/** What a watched page has reported so far. */
export function hydrationProblems(page: Page): string[] {
  return [...(problemsByPage.get(page) ?? [])];
}
