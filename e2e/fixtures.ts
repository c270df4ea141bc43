import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { AdminPage } from "./pages/admin-page";
import { AwaitingApprovalPage } from "./pages/awaiting-approval-page";
import { CaseloadPage } from "./pages/caseload-page";
import { LandingPage } from "./pages/landing-page";
import { LoginPage } from "./pages/login-page";
import { RegisterPatientPage, type PatientDetails } from "./pages/register-patient-page";
import { RegisterPsychiatristPage, type PsychiatristDetails } from "./pages/register-psychiatrist-page";
import { JournalPage } from "./pages/journal-page";
import { ProgressPage } from "./pages/progress-page";
import { StatusPage } from "./pages/status-page";
import { TasksPage } from "./pages/tasks-page";
import { TodayPage } from "./pages/today-page";
import { takeHydrationProblems, watchHydration } from "./hydration-watch";
import { addPastEntries, closeTestDatabase, createPatientAccount, type FreshAccount, type PastEntry } from "./test-data";

/** The password of every demo account that db/seed.ts creates. */
export const DEMO_PASSWORD = "miwell-demo-password";

export const DEMO = {
  admin: { email: "admin@example.com", firstName: "Alex", home: "/admin" },
  psychiatrist: { email: "psychiatrist@example.com", firstName: "Amara", lastName: "Okafor", home: "/caseload" },
  pendingPsychiatrist: { email: "pending.psychiatrist@example.com", firstName: "Morgan", lastName: "Reid", home: "/awaiting-approval" },
  patient: { email: "patient@example.com", firstName: "Riley", lastName: "Jones", home: "/today" },
} as const;

/** The seeded approved psychiatrists, one of whom every new patient is assigned to. */
export const APPROVED_PSYCHIATRISTS = ["Amara Okafor", "Priya Shah", "Tom Evans"];

let sequence = 0;

/** A token no other run or test has used: the seeded database is shared by the whole run. */
export function uniqueToken(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Eight digits, as a BACP membership number may be; never one of the seeded six-digit numbers. */
export function uniqueRegistrationNumber(): string {
  sequence += 1;
  return String((Date.now() % 10_000_000) * 10 + (sequence % 10)).padStart(8, "0");
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${uniqueToken()}@example.com`;
}

/** A new patient's details that pass every check. */
export function newPatient(overrides: Partial<PatientDetails> = {}): PatientDetails {
  return {
    firstName: "Casey",
    lastName: "Morgan",
    email: uniqueEmail("e2e.patient"),
    password: "a calm walk by the river",
    phone: "020 7946 0018",
    postcode: "SW1A 1AA",
    timezone: "Europe/London",
    medicalNotes: "Sertraline 50 mg daily.",
    ...overrides,
  };
}

/** A new psychiatrist's application that passes every check, with a BACP number nobody holds. */
export function newPsychiatrist(overrides: Partial<PsychiatristDetails> = {}): PsychiatristDetails {
  return {
    firstName: "Robin",
    lastName: "Achebe",
    email: uniqueEmail("e2e.psychiatrist"),
    password: "notes in the margin of a long day",
    phone: "07911 123456",
    postcode: "M1 1AE",
    timezone: "Europe/London",
    registrationNumber: uniqueRegistrationNumber(),
    bio: "I work with adults living with anxiety, low mood and the after-effects of trauma.",
    ...overrides,
  };
}

type RoleName = keyof typeof DEMO;

/** A page in a browser context of its own, signed in through the sign-in form and landed on `home`. */
export async function signedIn(browser: Browser, account: { email: string; password: string }, home: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  watchHydration(page);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await page.waitForURL((url) => url.pathname === home);
  return page;
}

async function signedInAs(browser: Browser, account: { email: string; password: string; home: string }, provide: (page: Page) => Promise<void>): Promise<void> {
  const page = await signedIn(browser, account, account.home);
  try {
    await provide(page);
  } finally {
    await page.context().close();
  }
}

/** A page signed in as a demo account. */
function signedInPage(browser: Browser, role: RoleName, provide: (page: Page) => Promise<void>): Promise<void> {
  return signedInAs(browser, { email: DEMO[role].email, password: DEMO_PASSWORD, home: DEMO[role].home }, provide);
}

/** A patient made for one test, with no check-ins until the test adds them. */
export type FreshPatient = FreshAccount & {
  /** Writes past check-ins (yesterday and before) straight into the database; returns their ids. */
  addPastEntries(entries: readonly PastEntry[]): Promise<number[]>;
};

type Fixtures = {
  /** Pages signed in as each demo role, each in its own browser context. */
  patientPage: Page;
  psychiatristPage: Page;
  adminPage: Page;
  pendingPsychiatristPage: Page;
  /** Screens for the anonymous visitor, on the test's own `page`. */
  landing: LandingPage;
  login: LoginPage;
  registerPatient: RegisterPatientPage;
  registerPsychiatrist: RegisterPsychiatristPage;
  status: StatusPage;
  /** Each role's home screen, on that role's signed-in page. */
  today: TodayPage;
  caseload: CaseloadPage;
  admin: AdminPage;
  awaitingApproval: AwaitingApprovalPage;

  /**
   * A new patient for this test alone, written straight into the database (registering through
   * the form is limited per address). Tests that check in use one, so they never depend on each
   * other and the demo patients stay as seeded.
   */
  freshPatient: FreshPatient;
  /** The fresh patient signed in through the sign-in form, in a browser context of its own. */
  freshPatientPage: Page;
  /** The patient screens, on the fresh patient's page. */
  freshToday: TodayPage;
  freshJournal: JournalPage;
  freshProgress: ProgressPage;
  freshTasks: TasksPage;
};

type AutoFixtures = {
  /** Fails a test if any page it opened (its own or one signed in) drew text in the browser that the server's HTML did not have. */
  hydration: void;
};

type WorkerFixtures = {
  /** Closes this worker's pool to the e2e database once its tests are done. */
  testDatabase: void;
};

// The fixture callback is named `provide`, not `use`: React's hook lint rule mistakes `use` for a hook.
export const test = base.extend<Fixtures & AutoFixtures, WorkerFixtures>({
  // Playwright reads a fixture's dependencies from its destructuring pattern: this one has none.
  testDatabase: [async ({}, provide) => {
    await provide();
    await closeTestDatabase();
  }, { scope: "worker" }],

  hydration: [
    async ({}, provide) => {
      takeHydrationProblems();
      await provide();
      expect(takeHydrationProblems(), "pages that drew differently in the browser than on the server").toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page }, provide) => {
    watchHydration(page);
    await provide(page);
  },

  patientPage: async ({ browser }, provide) => signedInPage(browser, "patient", provide),
  psychiatristPage: async ({ browser }, provide) => signedInPage(browser, "psychiatrist", provide),
  adminPage: async ({ browser }, provide) => signedInPage(browser, "admin", provide),
  pendingPsychiatristPage: async ({ browser }, provide) => signedInPage(browser, "pendingPsychiatrist", provide),

  landing: async ({ page }, provide) => provide(new LandingPage(page)),
  login: async ({ page }, provide) => provide(new LoginPage(page)),
  registerPatient: async ({ page }, provide) => provide(new RegisterPatientPage(page)),
  registerPsychiatrist: async ({ page }, provide) => provide(new RegisterPsychiatristPage(page)),
  status: async ({ page }, provide) => provide(new StatusPage(page)),

  today: async ({ patientPage }, provide) => provide(new TodayPage(patientPage)),
  caseload: async ({ psychiatristPage }, provide) => provide(new CaseloadPage(psychiatristPage)),
  admin: async ({ adminPage }, provide) => provide(new AdminPage(adminPage)),
  awaitingApproval: async ({ pendingPsychiatristPage }, provide) => provide(new AwaitingApprovalPage(pendingPsychiatristPage)),

  freshPatient: async ({ testDatabase }, provide) => {
    void testDatabase;
    const account = await createPatientAccount();
    await provide({ ...account, addPastEntries: (entries) => addPastEntries(account.userId, entries) });
  },
  freshPatientPage: async ({ browser, freshPatient }, provide) => signedInAs(browser, { ...freshPatient, home: "/today" }, provide),
  freshToday: async ({ freshPatientPage }, provide) => provide(new TodayPage(freshPatientPage)),
  freshJournal: async ({ freshPatientPage }, provide) => provide(new JournalPage(freshPatientPage)),
  freshProgress: async ({ freshPatientPage }, provide) => provide(new ProgressPage(freshPatientPage)),
  freshTasks: async ({ freshPatientPage }, provide) => provide(new TasksPage(freshPatientPage)),
});

export { expect };
