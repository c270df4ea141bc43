// Every server action, the form each caller sends (well formed, but aimed at someone else's
// record wherever the action takes an id) and what each caller must get.
import { everyone, type Expectations, holdersOf, onlyRole, signedIn } from "./expectations";
import { type AccessWorld, type Identity, ownPatientOf, type PatientFile, ownTaskOf, taskNotOwnedBy, victimOf } from "./world";

export type Fields = Record<string, string | string[]>;
type FormOf = (world: AccessWorld, as: Identity) => Fields;

export type ActionEntry = {
  /** The module on disk, from the project root, and the export. */
  module: string;
  name: string;
  form: FormOf;
  expect: Expectations;
  /** Whether an allowed call stores something (checked), or only answers. */
  writes: boolean;
  /** The same action on a record of the caller's own, which these callers must be able to do. */
  own?: { for: Identity[]; form: FormOf };
};

const PASSWORD = "a-long-test-password";
const checkIn = { mood: "3", note: "Hostile rewrite", minutes: "10" };
const task = { title: "A hostile task", instructions: "Breathe in for four, out for six.", durationMinutes: "5", moodBand: "low" };

/** The victim's ids under every name an action might read, besides the one it does. */
const aimedAt = (w: AccessWorld, as: Identity): Fields => ({ userId: String(victimOf(w, as).userId), patientId: String(victimOf(w, as).userId) });

function patientAction(name: string, module: string, form: (entryId: number) => Fields): ActionEntry {
  return {
    module,
    name,
    form: (w, as) => ({ ...aimedAt(w, as), ...form(victimOf(w, as).entryId) }),
    expect: onlyRole("patient", "refused"),
    writes: true,
    own: { for: holdersOf("patient"), form: (w, as) => form(ownPatientOf(w, as).entryId) },
  };
}

/** A psychiatrist's step on one patient's record: the victim's for the matrix, their own patient's to prove it works. */
function psychiatristAction(name: string, module: string, form: (patient: PatientFile, world: AccessWorld, as: Identity) => Fields): ActionEntry {
  return {
    module,
    name,
    form: (w, as) => form(victimOf(w, as), w, as),
    expect: onlyRole("psychiatrist", "refused"),
    writes: true,
    own: { for: holdersOf("psychiatrist"), form: (w, as) => form(ownPatientOf(w, as), w, as) },
  };
}

function adminAction(module: string, name: string, form: FormOf, writes = true): ActionEntry {
  return { module, name, form, expect: onlyRole("admin"), writes };
}

const TODAY = "app/(patient)/today/actions.ts";
const JOURNAL = "app/(patient)/journal/actions.ts";
const ALERTS = "app/(psychiatrist)/alerts/actions.ts";
const REVIEW = "app/(psychiatrist)/review/actions.ts";
const PINS = "app/(psychiatrist)/patients/[id]/actions.ts";
const LIBRARY = "app/(psychiatrist)/library/actions.ts";
const RULES = "app/(admin)/admin/alert-rules/actions.ts";
const APPROVALS = "app/(admin)/admin/approvals/actions.ts";
const MESSAGES = "app/(admin)/admin/messages/actions.ts";
const OUTBOX = "app/(admin)/admin/outbox/actions.ts";
const PEOPLE = "app/(admin)/admin/people/[id]/actions.ts";
const SETTINGS = "app/(admin)/admin/settings/actions.ts";
const ADMIN_TASKS = "app/(admin)/admin/tasks/actions.ts";

export const ACTIONS: ActionEntry[] = [
  // Public: anyone may try, and what is tried is refused without saying anything about others.
  {
    module: "app/(public)/login/actions.ts",
    name: "signInAction",
    form: (w, as) => ({ email: victimOf(w, as).email, password: "not their password" }),
    expect: everyone("refused"),
    writes: false,
  },
  {
    module: "app/(public)/register/actions.ts",
    name: "registerPatientAction",
    // Registering over someone's address must neither take the account over nor say whose it is.
    form: (w, as) => ({ ...victimOf(w, as).profile, email: victimOf(w, as).email, password: PASSWORD, confirmPassword: PASSWORD }),
    expect: everyone("refused"),
    writes: false,
  },
  {
    module: "app/(public)/register/actions.ts",
    name: "registerPsychiatristAction",
    form: (w) => ({ ...w.otherPsychiatrist.profile, email: w.otherPsychiatrist.email, password: PASSWORD, confirmPassword: PASSWORD }),
    expect: everyone("refused"),
    writes: false,
  },
  {
    module: "app/(public)/unsubscribe/actions.ts",
    name: "unsubscribeAction",
    form: (w, as) => ({ token: `${victimOf(w, as).userId}.forged-signature` }),
    expect: everyone("refused"),
    writes: false,
  },
  { module: "app/actions.ts", name: "signOutAction", form: () => ({}), expect: everyone(), writes: false },

  // The caller's own account: ids of someone else in the form are ignored.
  {
    module: "app/account/actions.ts",
    name: "saveProfileAction",
    form: (w, as) => ({ ...(as === "anonymous" ? {} : w[as].profile), ...aimedAt(w, as), id: String(victimOf(w, as).userId), firstName: "Mallory" }),
    expect: signedIn(),
    writes: true,
  },
  {
    module: "app/account/password/actions.ts",
    name: "changePasswordAction",
    form: (w, as) => ({ ...aimedAt(w, as), email: victimOf(w, as).email, currentPassword: PASSWORD, password: "a different long password", confirmPassword: "a different long password" }),
    expect: signedIn(),
    writes: true,
  },
  // Ends only the caller's sessions, whoever the form names.
  { module: "app/account/sign-out-everywhere/actions.ts", name: "signOutEverywhereAction", form: aimedAt, expect: signedIn(), writes: true },
  {
    module: "app/account/delete/actions.ts",
    name: "deleteAccountAction",
    form: (w, as) => ({ ...aimedAt(w, as), password: PASSWORD }),
    // The world has one admin, who may not leave the service without one, and no psychiatrist
    // taking new patients, so neither psychiatrist may leave theirs without one.
    expect: { ...signedIn(), admin: "refused", psychiatristA: "refused", otherPsychiatrist: "refused" },
    writes: true,
  },

  // Two-factor sign-in for the caller only: a wrong code, or nothing to change, whoever the form names.
  ...["enableTwoFactorAction", "regenerateRecoveryCodesAction", "disableTwoFactorAction"].map(
    (name): ActionEntry => ({
      module: "app/account/two-factor/actions.ts",
      name,
      form: (w, as) => ({ ...aimedAt(w, as), password: PASSWORD, code: "000000", secret: "JBSWY3DPEHPK3PXP" }),
      expect: signedIn("refused"),
      writes: false,
    }),
  ),

  patientAction("checkInAction", TODAY, (entryId) => ({ entryId: String(entryId), ...checkIn })),
  patientAction("markTaskDoneAction", TODAY, (entryId) => ({ entryId: String(entryId) })),
  patientAction("editEntryAction", JOURNAL, (entryId) => ({ entryId: String(entryId), ...checkIn })),
  patientAction("deleteEntryAction", JOURNAL, (entryId) => ({ entryId: String(entryId) })),

  psychiatristAction("acknowledgeAlertAction", ALERTS, (p) => ({ alertId: String(p.alertId), patientId: String(p.userId) })),
  psychiatristAction("resolveAlertAction", ALERTS, (p) => ({ alertId: String(p.alertId), resolution: "Called them." })),
  psychiatristAction("replyAction", REVIEW, (p) => ({ entryId: String(p.entryId), text: "A hostile reply." })),
  psychiatristAction("editReplyAction", REVIEW, (p) => ({ replyId: String(p.replyId), text: "A hostile edit." })),
  psychiatristAction("markReviewedAction", REVIEW, (p) => ({ entryId: String(p.entryId) })),
  psychiatristAction("markAllShownReviewedAction", REVIEW, (p) => ({ entryId: [String(p.entryId)] })),
  psychiatristAction("pinTaskAction", PINS, (p, w, as) => ({ patientId: String(p.userId), taskId: String(ownTaskOf(w, as)) })),
  psychiatristAction("unpinTaskAction", PINS, (p, w) => ({ patientId: String(p.userId), taskId: String(w.libraryTaskId) })),
  {
    module: LIBRARY,
    name: "createTaskAction",
    // createdBy is the caller, whatever the form claims.
    form: (w, as) => ({ ...task, createdBy: String(taskNotOwnedBy(w, as)) }),
    expect: onlyRole("psychiatrist"),
    writes: true,
  },
  {
    module: LIBRARY,
    name: "updateTaskAction",
    form: (w, as) => ({ ...task, taskId: String(taskNotOwnedBy(w, as)) }),
    expect: onlyRole("psychiatrist", "refused"),
    writes: true,
    own: { for: holdersOf("psychiatrist"), form: (w, as) => ({ ...task, taskId: String(ownTaskOf(w, as)) }) },
  },

  adminAction(RULES, "previewRuleAction", () => ({ kind: "low_mood" }), false),
  adminAction(RULES, "saveRuleAction", () => ({ kind: "low_mood" }), false),
  adminAction(RULES, "resetRuleAction", () => ({ kind: "low_mood" }), false),
  adminAction(APPROVALS, "approveApplicationAction", (w) => ({ userId: String(w.pendingPsychiatrist.userId) })),
  adminAction(APPROVALS, "rejectApplicationAction", (w) => ({ userId: String(w.pendingPsychiatrist.userId), reason: "Your registration number could not be checked." })),
  adminAction(MESSAGES, "createMessageAction", () => ({ text: "A new daily message." })),
  adminAction(MESSAGES, "updateMessageAction", (w) => ({ messageId: String(w.messageId), text: "A changed daily message." })),
  adminAction(MESSAGES, "deactivateMessageAction", (w) => ({ messageId: String(w.messageId) })),
  adminAction(MESSAGES, "reactivateMessageAction", (w) => ({ messageId: String(w.messageId) }), false),
  adminAction(MESSAGES, "deleteMessageAction", (w) => ({ messageId: String(w.messageId) }), false),
  adminAction(OUTBOX, "retryEmailAction", (w) => ({ emailId: String(w.emailId) })),
  adminAction(PEOPLE, "disableAccountAction", (w) => ({ userId: String(w.patientB.userId) })),
  adminAction(PEOPLE, "enableAccountAction", (w) => ({ userId: String(w.disabled.userId) })),
  adminAction(PEOPLE, "removeAccountAction", (w) => ({ userId: String(w.pendingPsychiatrist.userId) })),
  adminAction(PEOPLE, "movePatientAction", (w) => ({ patientId: String(w.patientB.userId), psychiatristId: String(w.psychiatristA.userId) })),
  adminAction(SETTINGS, "saveSettingAction", () => ({ setting: "no-such-setting" }), false),
  adminAction(ADMIN_TASKS, "createTaskAction", () => task),
  adminAction(ADMIN_TASKS, "updateTaskAction", (w) => ({ ...task, taskId: String(w.libraryTaskId) })),
  adminAction(ADMIN_TASKS, "deactivateTaskAction", (w) => ({ taskId: String(w.libraryTaskId) })),
  adminAction(ADMIN_TASKS, "reactivateTaskAction", (w) => ({ taskId: String(w.libraryTaskId) }), false),
  adminAction(ADMIN_TASKS, "deleteTaskAction", (w) => ({ taskId: String(w.libraryTaskId) }), false),
];

