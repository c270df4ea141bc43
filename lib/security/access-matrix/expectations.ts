import type { Identity } from "./world";

/**
 * What a caller gets:
 * - allowed: the page (200) or the action's work done;
 * - home: a page for the signed-out sends the signed-in to their own home;
 * - sign-in: a redirect to /login (no session, or the account behind it is disabled);
 * - pending: a redirect to /awaiting-approval (a psychiatrist not yet approved);
 * - forbidden: 403;
 * - not-found: 404 (a record that is not the caller's is not shown to exist);
 * - refused: an action runs for the caller but changes nothing (a failure result or a "not found" notice).
 */
export type Outcome = "allowed" | "home" | "sign-in" | "pending" | "forbidden" | "not-found" | "refused";
export type Expectations = Record<Identity, Outcome>;
export type Role = "patient" | "psychiatrist" | "admin";

const HOLDERS: Record<Role, Identity[]> = {
  patient: ["patientA", "patientB"],
  psychiatrist: ["psychiatristA", "otherPsychiatrist"],
  admin: ["admin"],
};

export function holdersOf(role: Role): Identity[] {
  return HOLDERS[role];
}

/** requireRole(role): the signed-out sign in, a pending psychiatrist waits, other roles get 403. */
export function onlyRole(role: Role, holders: Outcome = "allowed"): Expectations {
  const expectations: Expectations = {
    anonymous: "sign-in",
    patientA: "forbidden",
    patientB: "forbidden",
    psychiatristA: "forbidden",
    otherPsychiatrist: "forbidden",
    pendingPsychiatrist: "pending",
    disabled: "sign-in",
    admin: "forbidden",
  };
  for (const identity of HOLDERS[role]) expectations[identity] = holders;
  return expectations;
}

/** requireUser(): anyone with a live session, pending psychiatrists included. */
export function signedIn(outcome: Outcome = "allowed"): Expectations {
  return { ...everyone(outcome), anonymous: "sign-in", disabled: "sign-in" };
}

export function everyone(outcome: Outcome = "allowed"): Expectations {
  return {
    anonymous: outcome,
    patientA: outcome,
    patientB: outcome,
    psychiatristA: outcome,
    otherPsychiatrist: outcome,
    pendingPsychiatrist: outcome,
    disabled: outcome,
    admin: outcome,
  };
}

/** Pages for the signed-out (landing, registration, sign-in): anyone signed in goes home instead. */
export function signedOutOnly(): Expectations {
  return { ...everyone("home"), anonymous: "allowed", disabled: "allowed" };
}
