import type { Page } from "@playwright/test";

// React reports HTML that differs from what the browser draws as a recoverable error. Production
// builds name it by number (418 is text that differs; 419, 422, 423 and 425 a hydration that
// failed) and stay silent about attributes, so this catches text: what a reader sees. Components
// drawn in the browser from the server's data must write exactly what the server wrote.
const HYDRATION = /hydrat|Minified React error #(418|419|422|423|425)\b/i;

const watched: string[][] = [];

/** Collects every hydration problem the page reports, from now until it closes. */
export function watchHydration(page: Page): void {
  const problems: string[] = [];
  watched.push(problems);
  page.on("pageerror", (error) => {
    if (HYDRATION.test(`${error.message}\n${error.stack ?? ""}`)) problems.push(`${page.url()}: ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && HYDRATION.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
}

/** Every problem the pages watched since the last call reported; starts the next watch afresh. */
export function takeHydrationProblems(): string[] {
  const problems = watched.flat();
  watched.length = 0;
  return problems;
}
