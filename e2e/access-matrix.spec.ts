import type { APIRequestContext, APIResponse, Browser, BrowserContext } from "@playwright/test";
import { ACCESS_MATRIX, type AccessWorld, homeOf, IDENTITIES, type Identity, leakedMarker, type Outcome, type PageEntry } from "../lib/security/access-matrix/matrix";
import { TEST_PASSWORD } from "../lib/testing/accounts";
import { createAccessWorld, disableAccount } from "./access-world-data";
import { expect, signedIn, test } from "./fixtures";

// Every page and route handler, asked for over HTTP by each kind of caller, as the matrix says.
test.describe.configure({ mode: "serial" });

let world: AccessWorld;
const contexts = new Map<Identity, BrowserContext>();

async function contextFor(browser: Browser, as: Identity): Promise<BrowserContext> {
  if (as === "anonymous") return browser.newContext();
  const account = world[as];
  // A pending psychiatrist lands on the waiting page; the disabled account is signed in while
  // still active and switched off afterwards, so its cookie is one the app once honoured.
  const page = await signedIn(browser, { email: account.email, password: TEST_PASSWORD }, homeOf(as === "disabled" ? "patientA" : as));
  await page.close();
  return page.context();
}

function where(response: APIResponse): string {
  return new URL(response.headers()["location"] ?? "", "http://x").pathname;
}

async function expectOutcome(response: APIResponse, expected: Outcome, as: Identity, entry: PageEntry, label: string): Promise<void> {
  const status = response.status();
  if (expected === "allowed") expect(status, label).toBe(entry.allowedStatus ?? 200);
  else if (expected === "forbidden") expect(status, label).toBe(403);
  else if (expected === "not-found") expect(status, label).toBe(404);
  else {
    expect([303, 307], label).toContain(status);
    const target = expected === "sign-in" ? "/login" : expected === "pending" ? "/awaiting-approval" : homeOf(as);
    expect(where(response), label).toBe(target);
  }
}

async function get(request: APIRequestContext, path: string): Promise<APIResponse> {
  return request.get(path, { maxRedirects: 0 });
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = await createAccessWorld();
  for (const as of IDENTITIES) contexts.set(as, await contextFor(browser, as));
  await disableAccount(world);
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

for (const kind of ["pages", "routes"] as const) {
  test(`every one of the ${kind} answers each caller as the matrix says, showing no one else's data`, async () => {
    test.setTimeout(150_000);
    for (const entry of ACCESS_MATRIX[kind]) {
      for (const as of IDENTITIES) {
        const request = contexts.get(as)!.request;
        const path = entry.path(world, as);
        const label = `${path} (${entry.file}) as ${as}`;
        const response = await get(request, path);
        await expectOutcome(response, entry.expect[as], as, entry, label);
        expect(leakedMarker(world, as, await response.text()), `${label} shows another person's data`).toBeNull();
      }
      for (const as of entry.own?.for ?? []) {
        const path = entry.own!.path(world, as);
        const response = await get(contexts.get(as)!.request, path);
        expect(response.status(), `${path} as ${as}, their own`).toBe(200);
        expect(leakedMarker(world, as, await response.text()), `${path} as ${as}`).toBeNull();
      }
    }
  });
}
