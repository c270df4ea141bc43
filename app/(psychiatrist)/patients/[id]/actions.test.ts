import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, patientTasks } from "@/db/schema";
import { createPatient, createPsychiatrist } from "@/lib/testing/accounts";
import { createTask } from "@/lib/testing/library";
import { formData, redirectedTo } from "@/lib/testing/next-auth-double";
import { resetDatabase } from "@/lib/testing/reset-database";
import { TEST_SESSION_ID, type TestSession } from "@/lib/testing/sessions";

const session = vi.hoisted(() => ({ current: null as null | TestSession }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.3" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { pinTaskAction, unpinTaskAction } = await import("./actions");

describe("pin and unpin actions", () => {
  let drA: number;
  let drB: number;
  let patient: number;
  let task: number;
  beforeEach(async () => {
    await resetDatabase();
    drA = await createPsychiatrist();
    drB = await createPsychiatrist();
    patient = (await createPatient()).userId;
    task = await createTask("middle");
  });

  const as = (userId: number, role = "psychiatrist") => (session.current = { userId, role, sessionVersion: 1, sessionId: TEST_SESSION_ID });
  const ids = (p: number | string, t: number | string) => formData({ patientId: String(p), taskId: String(t) });

  it("pin and unpin for the psychiatrist's own patient, back on the patient's page", async () => {
    as(drA);
    expect(await redirectedTo(pinTaskAction(ids(patient, task)))).toBe(`/patients/${patient}?pin=pinned#tasks`);
    expect(await getDb().select().from(patientTasks)).toHaveLength(1);
    expect(await redirectedTo(unpinTaskAction(ids(patient, task)))).toBe(`/patients/${patient}?pin=unpinned#tasks`);
    expect(await getDb().select().from(patientTasks)).toHaveLength(0);
  });

  it("refuses another psychiatrist whatever ids they send, and audits it with their address", async () => {
    as(drB);
    expect(await redirectedTo(pinTaskAction(ids(patient, task)))).toBe("/caseload");
    expect(await getDb().select().from(patientTasks)).toHaveLength(0);
    const [row] = await getDb().select().from(auditLog);
    expect(row).toMatchObject({ actorId: drB, outcome: "denied", patientId: patient, ip: "198.51.100.3" });
  });

  it("sends malformed ids back to the caseload or the patient without changing anything", async () => {
    as(drA);
    expect(await redirectedTo(pinTaskAction(ids("x", task)))).toBe("/caseload");
    expect(await redirectedTo(pinTaskAction(ids(patient, "1 OR 1=1")))).toBe(`/patients/${patient}?pin=no-such-task#tasks`);
    expect(await redirectedTo(unpinTaskAction(ids(patient, "")))).toBe(`/patients/${patient}?pin=not-pinned#tasks`);
    expect(await redirectedTo(unpinTaskAction(ids("", task)))).toBe("/caseload");
  });

  it("refuses patients and the anonymous", async () => {
    as(patient, "patient");
    await expect(pinTaskAction(ids(patient, task))).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    session.current = null;
    expect(await redirectedTo(pinTaskAction(ids(patient, task)))).toBe("/login");
    expect(await getDb().select().from(patientTasks)).toHaveLength(0);
  });
});
