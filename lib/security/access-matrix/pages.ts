// Every page and route handler, the path each caller asks for (aimed at someone else's record
// where the path names one) and what each caller must get.
import { everyone, type Expectations, holdersOf, onlyRole, signedIn, signedOutOnly } from "./expectations";
import { type AccessWorld, type Identity, ownPatientOf, ownTaskOf, taskNotOwnedBy, victimOf } from "./world";

type PathOf = (world: AccessWorld, as: Identity) => string;

export type PageEntry = {
  /** The file on disk, from the project root. */
  file: string;
  path: PathOf;
  expect: Expectations;
  /** The status an allowed answer has, when not 200. */
  allowedStatus?: number;
  /** The same page on a record of the caller's own, which these callers must be given (200). */
  own?: { for: Identity[]; path: PathOf };
};

const fixed = (path: string): PathOf => () => path;

const ADMIN_PAGES: [string, PathOf][] = [
  ["app/(admin)/admin/page.tsx", fixed("/admin")],
  ["app/(admin)/admin/alert-rules/page.tsx", fixed("/admin/alert-rules")],
  ["app/(admin)/admin/approvals/page.tsx", fixed("/admin/approvals")],
  ["app/(admin)/admin/audit/page.tsx", fixed("/admin/audit")],
  ["app/(admin)/admin/messages/page.tsx", fixed("/admin/messages")],
  ["app/(admin)/admin/messages/new/page.tsx", fixed("/admin/messages/new")],
  ["app/(admin)/admin/messages/[id]/edit/page.tsx", (w) => `/admin/messages/${w.messageId}/edit`],
  ["app/(admin)/admin/messages/[id]/delete/page.tsx", (w) => `/admin/messages/${w.messageId}/delete`],
  ["app/(admin)/admin/outbox/page.tsx", fixed("/admin/outbox")],
  ["app/(admin)/admin/outbox/[id]/page.tsx", (w) => `/admin/outbox/${w.emailId}`],
  ["app/(admin)/admin/people/page.tsx", fixed("/admin/people")],
  ["app/(admin)/admin/people/caseloads/page.tsx", fixed("/admin/people/caseloads")],
  ["app/(admin)/admin/people/[id]/page.tsx", (w) => `/admin/people/${w.patientB.userId}`],
  ["app/(admin)/admin/settings/page.tsx", fixed("/admin/settings")],
  ["app/(admin)/admin/tasks/page.tsx", fixed("/admin/tasks")],
  ["app/(admin)/admin/tasks/new/page.tsx", fixed("/admin/tasks/new")],
  ["app/(admin)/admin/tasks/[id]/edit/page.tsx", (w) => `/admin/tasks/${w.libraryTaskId}/edit`],
  ["app/(admin)/admin/tasks/[id]/delete/page.tsx", (w) => `/admin/tasks/${w.libraryTaskId}/delete`],
];

const rolePages = (role: "patient" | "psychiatrist", pages: [string, string][]): PageEntry[] =>
  pages.map(([file, path]) => ({ file, path: fixed(path), expect: onlyRole(role) }));

export const PAGES: PageEntry[] = [
  { file: "app/(public)/page.tsx", path: fixed("/"), expect: signedOutOnly() },
  { file: "app/(public)/login/page.tsx", path: fixed("/login"), expect: signedOutOnly() },
  { file: "app/(public)/register/page.tsx", path: fixed("/register"), expect: signedOutOnly() },
  { file: "app/(public)/register/psychiatrist/page.tsx", path: fixed("/register/psychiatrist"), expect: signedOutOnly() },
  { file: "app/(public)/account-deleted/page.tsx", path: fixed("/account-deleted"), expect: everyone() },
  { file: "app/(public)/unsubscribe/page.tsx", path: (w) => `/unsubscribe?token=${w.patientA.userId}.forged`, expect: everyone() },
  { file: "app/(psychiatrist)/awaiting-approval/page.tsx", path: fixed("/awaiting-approval"), expect: { ...signedIn("home"), pendingPsychiatrist: "allowed" } },

  ...rolePages("patient", [
    ["app/(patient)/today/page.tsx", "/today"],
    ["app/(patient)/journal/page.tsx", "/journal"],
    ["app/(patient)/progress/page.tsx", "/progress"],
    ["app/(patient)/tasks/page.tsx", "/tasks"],
  ]),
  {
    file: "app/(patient)/journal/[id]/edit/page.tsx",
    path: (w, as) => `/journal/${victimOf(w, as).entryId}/edit`,
    expect: onlyRole("patient", "not-found"),
    own: { for: holdersOf("patient"), path: (w, as) => `/journal/${ownPatientOf(w, as).entryId}/edit` },
  },
  {
    file: "app/(patient)/journal/[id]/delete/page.tsx",
    path: (w, as) => `/journal/${victimOf(w, as).entryId}/delete`,
    expect: onlyRole("patient", "not-found"),
    own: { for: holdersOf("patient"), path: (w, as) => `/journal/${ownPatientOf(w, as).entryId}/delete` },
  },

  ...rolePages("psychiatrist", [
    ["app/(psychiatrist)/caseload/page.tsx", "/caseload"],
    ["app/(psychiatrist)/review/page.tsx", "/review"],
    ["app/(psychiatrist)/alerts/page.tsx", "/alerts?show=all"],
    ["app/(psychiatrist)/library/page.tsx", "/library"],
    ["app/(psychiatrist)/library/new/page.tsx", "/library/new"],
  ]),
  {
    file: "app/(psychiatrist)/library/[id]/edit/page.tsx",
    path: (w, as) => `/library/${taskNotOwnedBy(w, as)}/edit`,
    expect: onlyRole("psychiatrist", "forbidden"),
    own: { for: holdersOf("psychiatrist"), path: (w, as) => `/library/${ownTaskOf(w, as)}/edit` },
  },
  {
    file: "app/(psychiatrist)/patients/[id]/page.tsx",
    path: (w, as) => `/patients/${victimOf(w, as).userId}`,
    expect: onlyRole("psychiatrist", "forbidden"),
    own: { for: holdersOf("psychiatrist"), path: (w, as) => `/patients/${ownPatientOf(w, as).userId}` },
  },

  ...ADMIN_PAGES.map(([file, path]): PageEntry => ({ file, path, expect: onlyRole("admin") })),

  { file: "app/account/page.tsx", path: fixed("/account"), expect: signedIn() },
  { file: "app/account/password/page.tsx", path: fixed("/account/password"), expect: signedIn() },
  { file: "app/account/data/page.tsx", path: fixed("/account/data"), expect: signedIn() },
  { file: "app/account/delete/page.tsx", path: fixed("/account/delete"), expect: signedIn() },
  // Two-factor sign-in is for staff.
  { file: "app/account/two-factor/page.tsx", path: fixed("/account/two-factor"), expect: { ...signedIn(), patientA: "forbidden", patientB: "forbidden" } },
];

export const ROUTES: PageEntry[] = [
  // Only the caller's own data, whatever else the path could be made to say.
  { file: "app/account/data/[file]/route.ts", path: fixed("/account/data/miwell-data.json"), expect: signedIn() },
  { file: "app/api/auth/[...nextauth]/route.ts", path: fixed("/api/auth/session"), expect: everyone() },
  { file: "app/api/health/route.ts", path: fixed("/api/health"), expect: everyone() },
  { file: "app/api/unsubscribe/route.ts", path: (w) => `/api/unsubscribe?token=${w.patientA.userId}.forged`, expect: everyone(), allowedStatus: 303 },
  { file: "app/favicon.ico/route.ts", path: fixed("/favicon.ico"), expect: everyone(), allowedStatus: 308 },
];

/** Where each signed-in caller lands: what "home" expects. */
export function homeOf(as: Identity): string {
  if (as === "patientA" || as === "patientB") return "/today";
  if (as === "psychiatristA" || as === "otherPsychiatrist") return "/caseload";
  if (as === "pendingPsychiatrist") return "/awaiting-approval";
  return "/admin";
}
