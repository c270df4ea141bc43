import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ACCESS_MATRIX, type AccessWorld, homeOf, IDENTITIES } from "./matrix";

// Importing the action modules must not reach for a request or a session.
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null, signIn: async () => {}, signOut: async () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const root = path.resolve(__dirname, "../../..");

function filesNamed(names: string[]): string[] {
  return readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => names.includes(path.basename(file)))
    .map((file) => path.posix.join("app", file.split(path.sep).join("/")))
    .sort();
}

async function actionExports(): Promise<string[]> {
  const found: string[] = [];
  for (const file of filesNamed(["actions.ts"])) {
    const loaded = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) if (typeof value === "function") found.push(`${file}#${name}`);
  }
  return found.sort();
}

// Ids no real world would have, so every path and form can be filled without a database.
const fakeWorld = (): AccessWorld => {
  const person = (userId: number, role: "patient" | "psychiatrist" | "admin") => ({
    userId, email: `p${userId}@example.test`, firstName: "F", lastName: `L${userId}`, phone: `+44207946000${userId}`, role, profile: { firstName: "F" }, markers: [`L${userId}`],
  });
  const patient = (userId: number, psychiatristId: number) => ({ ...person(userId, "patient"), psychiatristId, medicalNotes: "m", entryId: userId * 10, replyId: userId * 100, alertId: userId * 1000 });
  return {
    token: "t", patientA: patient(3, 1), patientB: patient(4, 2), psychiatristA: { ...person(1, "psychiatrist"), taskId: 11 }, otherPsychiatrist: { ...person(2, "psychiatrist"), taskId: 12 },
    pendingPsychiatrist: person(6, "psychiatrist"), disabled: person(5, "patient"), admin: person(7, "admin"), libraryTaskId: 13, messageId: 14, emailId: 15,
  };
};

describe("the access-control matrix", () => {
  it("lists every page on disk, and nothing that is not there", () => {
    expect(ACCESS_MATRIX.pages.map((p) => p.file).sort()).toEqual(filesNamed(["page.tsx"]));
  });

  it("lists every route handler on disk, and nothing that is not there", () => {
    expect(ACCESS_MATRIX.routes.map((p) => p.file).sort()).toEqual(filesNamed(["route.ts"]));
  });

  it("lists every exported server action, and nothing that is not there", async () => {
    expect(ACCESS_MATRIX.actions.map((a) => `${a.module}#${a.name}`).sort()).toEqual(await actionExports());
  });

  it("sends each signed-in caller home to a page the matrix lets them have", () => {
    const world = fakeWorld();
    for (const as of IDENTITIES.filter((a) => a !== "anonymous" && a !== "disabled")) {
      const home = ACCESS_MATRIX.pages.find((p) => p.path(world, as) === homeOf(as));
      expect(home?.expect[as], `${as} goes home to ${homeOf(as)}`).toBe("allowed");
    }
  });

  it("fills every dynamic segment and every form for every caller", () => {
    const world = fakeWorld();
    for (const entry of [...ACCESS_MATRIX.pages, ...ACCESS_MATRIX.routes]) {
      for (const as of IDENTITIES) {
        expect(entry.path(world, as)).toMatch(/^\/[^[\]]*$/);
        expect(entry.expect[as]).toBeDefined();
      }
      for (const as of entry.own?.for ?? []) expect(entry.own!.path(world, as)).not.toBe(entry.path(world, as));
    }
    for (const entry of ACCESS_MATRIX.actions) {
      for (const as of IDENTITIES) expect(Object.values(entry.form(world, as)).join("")).not.toMatch(/undefined|NaN/);
      for (const as of entry.own?.for ?? []) expect(entry.own!.form(world, as)).not.toEqual(entry.form(world, as));
    }
  });
});
