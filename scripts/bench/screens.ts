/** The main screens, each opened by its signed-in user under load. */
import { BrowserSession } from "../http/browser-session";
import type { Dataset } from "./datasets";
import { queryDataset } from "./datasets";
import { runLoad, type LoadOptions, type LoadResult } from "./load";

type Who = "patient" | "psychiatrist" | "admin";

export const SCREENS: { name: string; who: Who; path: (patientId: number) => string }[] = [
  { name: "/today", who: "patient", path: () => "/today" },
  { name: "/journal", who: "patient", path: () => "/journal" },
  { name: "/progress", who: "patient", path: () => "/progress" },
  { name: "/caseload", who: "psychiatrist", path: () => "/caseload" },
  { name: "/review", who: "psychiatrist", path: () => "/review" },
  { name: "/alerts", who: "psychiatrist", path: () => "/alerts" },
  // The small data's alerts are all resolved, so its /alerts is an empty list against the large
  // data's 20 cards. With the resolved ones shown both draw a full page of 20: like with like.
  { name: "/alerts?show=all", who: "psychiatrist", path: () => "/alerts?show=all" },
  { name: "/patients/[id]", who: "psychiatrist", path: (id) => `/patients/${id}` },
  { name: "/admin/audit", who: "admin", path: () => "/admin/audit" },
];

export type ScreenResult = LoadResult & { screen: string };

async function signedIn(baseUrl: string, email: string, password: string): Promise<BrowserSession> {
  const session = new BrowserSession(baseUrl);
  if (!(await session.signIn(email, password))) throw new Error(`${email} could not sign in`);
  return session;
}

/** The dataset's patient, psychiatrist and admin, each signed in through the sign-in form. */
export async function signedInSessions(baseUrl: string, dataset: Dataset): Promise<Record<Who, BrowserSession>> {
  return {
    patient: await signedIn(baseUrl, dataset.patient, dataset.password),
    psychiatrist: await signedIn(baseUrl, dataset.psychiatrist, dataset.password),
    admin: await signedIn(baseUrl, dataset.admin, dataset.password),
  };
}

/** Each screen's request as its user on one dataset's server, checked once before any load. */
export type ScreenRequests = { baseUrl: string; dataset: Dataset; requests: Map<string, LoadOptions["request"]> };

export async function screenRequests(baseUrl: string, dataset: Dataset): Promise<ScreenRequests> {
  const sessions = await signedInSessions(baseUrl, dataset);
  const [{ id: patientId }] = await queryDataset<{ id: number }>(dataset, "SELECT id FROM users WHERE email = ?", [dataset.patient]);
  const requests: ScreenRequests["requests"] = new Map();
  for (const screen of SCREENS) {
    const session = sessions[screen.who];
    const path = screen.path(patientId);
    // The page itself, once, as its user sees it: a redirect or refusal here would measure the wrong thing.
    const first = await session.get(path);
    if (first.status !== 200) throw new Error(`${path} answered ${first.status} to ${screen.who} on the ${dataset.name} data`);
    requests.set(screen.name, () => ({ method: "GET", path, headers: { cookie: session.cookieHeader() } }));
  }
  return { baseUrl, dataset, requests };
}

/** One screen under load on one dataset, after a warm-up. */
export async function measureScreen(
  target: ScreenRequests,
  screen: string,
  load: { seconds: number; warmUpSeconds: number; connections: number },
  log: (line: string) => void,
): Promise<ScreenResult> {
  const request = target.requests.get(screen)!;
  await runLoad({ baseUrl: target.baseUrl, seconds: load.warmUpSeconds, connections: load.connections, request });
  const result = await runLoad({ baseUrl: target.baseUrl, seconds: load.seconds, connections: load.connections, request });
  log(`  ${target.dataset.name} ${screen}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms`);
  return { ...result, screen };
}
