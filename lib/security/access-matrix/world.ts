// Who the access-control matrix acts as, what world of records it aims at, and whose personal
// data each caller may legitimately see. Pure: the e2e side imports it as well.

export const IDENTITIES = [
  "anonymous",
  "patientA",
  "patientB",
  "psychiatristA",
  "otherPsychiatrist",
  "pendingPsychiatrist",
  "disabled",
  "admin",
] as const;
export type Identity = (typeof IDENTITIES)[number];
export type SignedInIdentity = Exclude<Identity, "anonymous">;

export type Person = {
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  role: "patient" | "psychiatrist" | "admin";
  /** What their own /account form posts untouched. */
  profile: Record<string, string>;
  /** Strings that identify this person or their records: none may reach a caller not entitled to them. */
  markers: string[];
};

export type PatientFile = Person & {
  psychiatristId: number;
  medicalNotes: string;
  /** An unreviewed entry with a task of the day, their psychiatrist's reply to it, and an open alert about it. */
  entryId: number;
  replyId: number;
  alertId: number;
};

export type Psychiatrist = Person & { taskId: number };

export type AccessWorld = {
  token: string;
  patientA: PatientFile;
  patientB: PatientFile;
  psychiatristA: Psychiatrist;
  otherPsychiatrist: Psychiatrist;
  pendingPsychiatrist: Person;
  disabled: Person;
  admin: Person;
  /** An active library task pinned for both patients. */
  libraryTaskId: number;
  messageId: number;
  /** A failed email to patient B. */
  emailId: number;
};

/** The patient whose records a caller must not touch: B for A and for A's psychiatrist, A for everyone else. */
export function victimOf(world: AccessWorld, as: Identity): PatientFile {
  return as === "patientA" || as === "psychiatristA" ? world.patientB : world.patientA;
}

/** The patient whose records a caller may touch: themselves, or their psychiatrist's patient. */
export function ownPatientOf(world: AccessWorld, as: Identity): PatientFile {
  return as === "patientB" || as === "otherPsychiatrist" ? world.patientB : world.patientA;
}

/** A psychiatrist's own library task, or for anyone else the other psychiatrist's. */
export function taskNotOwnedBy(world: AccessWorld, as: Identity): number {
  return as === "otherPsychiatrist" ? world.psychiatristA.taskId : world.otherPsychiatrist.taskId;
}

export function ownTaskOf(world: AccessWorld, as: Identity): number {
  return as === "otherPsychiatrist" ? world.otherPsychiatrist.taskId : world.psychiatristA.taskId;
}

/**
 * Markers that must not appear in anything answered to this caller: those of every person the
 * caller has no business seeing. A patient may see their psychiatrist's name; a psychiatrist
 * their own patients' records and their approved colleagues' names; an admin everyone.
 */
export function forbiddenMarkers(world: AccessWorld, as: Identity): string[] {
  if (as === "admin") return [];
  const people: Person[] = [world.patientA, world.patientB, world.psychiatristA, world.otherPsychiatrist, world.pendingPsychiatrist, world.disabled, world.admin];
  const own = as === "anonymous" ? null : world[as];
  // The disabled account registered while A's psychiatrist took new patients: it is theirs too.
  const mine: Person[] = as === "psychiatristA" ? [world.patientA, world.disabled] : as === "otherPsychiatrist" ? [world.patientB] : [];
  const myPsychiatrist = as === "patientA" ? world.psychiatristA : as === "patientB" ? world.otherPsychiatrist : null;
  const isPsychiatrist = as === "psychiatristA" || as === "otherPsychiatrist";
  return people.flatMap((p) => {
    if (p === own || mine.includes(p)) return [];
    // A patient's own psychiatrist, and a psychiatrist's colleagues (the shared library names its authors), by name only.
    if (p === myPsychiatrist || (isPsychiatrist && p.role === "psychiatrist" && p !== world.pendingPsychiatrist)) return p.markers.filter((m) => m !== p.lastName);
    return p.markers;
  });
}

/** The first forbidden marker found in a text, or null. */
export function leakedMarker(world: AccessWorld, as: Identity, text: string): string | null {
  return forbiddenMarkers(world, as).find((marker) => text.includes(marker)) ?? null;
}
