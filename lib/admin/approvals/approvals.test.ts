import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { approvePsychiatrist } from "@/lib/accounts/approve-psychiatrist";
import { registerPsychiatrist } from "@/lib/accounts/register-psychiatrist";
import { createPatient, createPsychiatrist, psychiatristInput } from "@/lib/testing/accounts";
import { applicantRow, auditTrail, createApplicant, outboxEmails } from "@/lib/testing/applications";
import { createAdminAccount } from "@/lib/testing/outbox";
import { resetDatabase } from "@/lib/testing/reset-database";
import { approveApplication } from "./approve-application";
import { pendingApplications } from "./pending-applications";
import { rejectApplication } from "./reject-application";
import { REJECTION_REASON_MAX } from "./rejection-limits";

const REASON = "We could not find BACP membership 123456 under this name.";

describe("deciding on psychiatrists' applications", () => {
  let admin: number;
  beforeEach(async () => {
    await resetDatabase();
    admin = await createAdminAccount();
  });

  describe("who may decide", () => {
    it("refuses patients, psychiatrists, disabled admins and unknown ids everything, changes nothing, and audits each attempt", async () => {
      const applicant = await createApplicant();
      const psychiatrist = await createPsychiatrist();
      const patient = (await createPatient()).userId;
      const disabledAdmin = await createAdminAccount({ disabled: true });
      const before = await applicantRow(applicant);

      for (const id of [patient, psychiatrist, disabledAdmin, 999_999]) {
        const actor = { id, ip: "192.0.2.8" };
        expect(await pendingApplications(actor)).toBeNull();
        expect(await approveApplication(actor, applicant)).toBe("refused");
        expect(await rejectApplication(actor, applicant, REASON)).toBe("refused");
        // Refused before the reason is even looked at.
        expect(await rejectApplication(actor, applicant, "")).toBe("refused");
      }
      expect(await applicantRow(applicant)).toEqual(before);
      expect(await outboxEmails()).toEqual([]);

      const trail = await auditTrail();
      expect(trail).toHaveLength(4 * 4);
      expect(trail.every((row) => row.outcome === "denied" && row.ip === "192.0.2.8")).toBe(true);
      expect(trail.filter((row) => row.actorId === disabledAdmin)).toEqual([
        { actorId: disabledAdmin, action: "approvals.view", outcome: "denied", targetType: "approvals", targetId: null, patientId: null, ip: "192.0.2.8" },
        { actorId: disabledAdmin, action: "psychiatrist.approve", outcome: "denied", targetType: "user", targetId: applicant, patientId: null, ip: "192.0.2.8" },
        { actorId: disabledAdmin, action: "psychiatrist.reject", outcome: "denied", targetType: "user", targetId: applicant, patientId: null, ip: "192.0.2.8" },
        { actorId: disabledAdmin, action: "psychiatrist.reject", outcome: "denied", targetType: "user", targetId: applicant, patientId: null, ip: "192.0.2.8" },
      ]);
    });
  });

  describe("the waiting list", () => {
    it("lists who is waiting, oldest application first, with what an admin checks, and counts them all", async () => {
      const first = await createApplicant({ firstName: "Fiona", lastName: "First", email: "fiona@example.test", phone: "+442079460111", registrationNumber: "654321", bio: "Twenty years with adults with anxiety." });
      const second = await createApplicant({ firstName: "Sol", lastName: "Second" });
      await createPsychiatrist({ firstName: "Already", lastName: "Approved" });
      await createPatient();

      const waiting = await pendingApplications({ id: admin });
      expect(waiting!.total).toBe(2);
      expect(waiting!.applications.map((a) => a.id)).toEqual([first, second]);
      expect(waiting!.applications[0]).toEqual({
        id: first,
        firstName: "Fiona",
        lastName: "First",
        email: "fiona@example.test",
        phone: "+442079460111",
        registrationNumber: "654321",
        bio: "Twenty years with adults with anxiety.",
        appliedAt: expect.any(Date),
      });

      // Bounded: a page shows at most `limit`, while the total still counts everyone.
      const one = await pendingApplications({ id: admin }, 1);
      expect(one).toMatchObject({ total: 2, applications: [{ id: first }] });
      expect(await auditTrail()).toEqual([]);
    });
  });

  describe("approving", () => {
    it("makes the applicant active, records who approved, audits it, and new patients then reach them", async () => {
      const busy = await createPsychiatrist();
      expect((await createPatient()).psychiatristId).toBe(busy);
      const applicant = await createApplicant();
      const before = Date.now();

      expect(await approveApplication({ id: admin, ip: "192.0.2.1" }, applicant)).toBe("approved");
      const row = await applicantRow(applicant);
      expect(row).toMatchObject({ status: "active", approvedBy: admin, accepting: true });
      expect(row.approvedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await auditTrail()).toEqual([
        { actorId: admin, action: "psychiatrist.approve", outcome: "allowed", targetType: "user", targetId: applicant, patientId: null, ip: "192.0.2.1" },
      ]);
      expect((await pendingApplications({ id: admin }))!.total).toBe(0);

      // They have the fewest patients now, so the next registration is theirs.
      expect((await createPatient()).psychiatristId).toBe(applicant);

      // A second click changes nothing and audits nothing more.
      expect(await approveApplication({ id: admin }, applicant)).toBe("already-approved");
      expect(await auditTrail()).toHaveLength(1);
    });

    it("keeps no approval whose audit row could not be written", async () => {
      const applicant = await createApplicant();
      const failing = approvePsychiatrist(applicant, admin, async () => {
        throw new Error("the audit trail is unavailable");
      });
      await expect(failing).rejects.toThrow("the audit trail is unavailable");
      expect(await applicantRow(applicant)).toMatchObject({ status: "pending", approvedAt: null, approvedBy: null });
    });

    it("says when there is no such application, or the account was disabled meanwhile", async () => {
      await createPsychiatrist();
      const patient = (await createPatient()).userId;
      const disabled = await createApplicant();
      await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));

      expect(await approveApplication({ id: admin }, 424_242)).toBe("not-waiting");
      expect(await approveApplication({ id: admin }, patient)).toBe("not-waiting");
      expect(await approveApplication({ id: admin }, admin)).toBe("not-waiting");
      expect(await approveApplication({ id: admin }, disabled)).toBe("disabled");
      expect((await applicantRow(disabled)).status).toBe("disabled");
      expect(await auditTrail()).toEqual([]);
    });
  });

  describe("rejecting", () => {
    it("emails the applicant the reason, audits it and removes the account in one go; they can then apply again", async () => {
      const input = psychiatristInput({ firstName: "Robin", email: "robin@example.test", registrationNumber: "777777" });
      const registered = await registerPsychiatrist(input);
      const applicant = registered.ok ? registered.data!.userId : 0;

      expect(await rejectApplication({ id: admin, ip: "192.0.2.2" }, applicant, `  ${REASON}\r\nPlease check it.  `)).toBe("rejected");
      expect(await applicantRow(applicant)).toBeUndefined();

      const [email] = await outboxEmails();
      expect(email).toMatchObject({ dedupeKey: `rejection:${applicant}`, kind: "account", urgent: false, userId: null, to: "robin@example.test", subject: "Your application to join MiWell" });
      expect(email.text).toContain("Hello Robin,");
      expect(email.text).toContain(`> ${REASON}\n> Please check it.`);
      expect(email.text).toContain("/register/psychiatrist");
      expect(await auditTrail()).toEqual([
        { actorId: admin, action: "psychiatrist.reject", outcome: "allowed", targetType: "user", targetId: applicant, patientId: null, ip: "192.0.2.2" },
      ]);

      // Nothing of theirs holds the email or the membership number any more.
      const again = await registerPsychiatrist(input);
      expect(again.ok).toBe(true);
      expect(again.ok && again.data!.userId).not.toBe(applicant);
    });

    it("refuses a reason that is missing, too short or too long, and changes nothing", async () => {
      const applicant = await createApplicant();
      for (const reason of ["", "   \r\n  ", "Too short", "x".repeat(REJECTION_REASON_MAX + 1)]) {
        expect(await rejectApplication({ id: admin }, applicant, reason)).toBe("invalid-reason");
      }
      expect((await applicantRow(applicant)).status).toBe("pending");
      expect(await outboxEmails()).toEqual([]);
      expect(await auditTrail()).toEqual([]);
      // The limits are inclusive.
      expect(await rejectApplication({ id: admin }, applicant, "x".repeat(REJECTION_REASON_MAX))).toBe("rejected");
    });

    it("leaves approved, disabled and unknown accounts alone", async () => {
      const approved = await createPsychiatrist();
      const disabled = await createApplicant();
      await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, disabled));
      const patient = (await createPatient()).userId;

      expect(await rejectApplication({ id: admin }, approved, REASON)).toBe("already-approved");
      expect(await rejectApplication({ id: admin }, disabled, REASON)).toBe("disabled");
      expect(await rejectApplication({ id: admin }, patient, REASON)).toBe("not-waiting");
      expect(await rejectApplication({ id: admin }, 424_242, REASON)).toBe("not-waiting");
      expect((await applicantRow(approved)).status).toBe("active");
      expect((await applicantRow(disabled)).status).toBe("disabled");
      expect(await applicantRow(patient)).toBeDefined();
      expect(await outboxEmails()).toEqual([]);
      expect(await auditTrail()).toEqual([]);
    });
  });

  describe("two admins at once", () => {
    it("approves once when two approve together", async () => {
      const applicant = await createApplicant();
      const other = await createAdminAccount();
      const results = await Promise.all([approveApplication({ id: admin }, applicant), approveApplication({ id: other }, applicant)]);
      expect(results.sort()).toEqual(["already-approved", "approved"]);
      expect(await auditTrail()).toHaveLength(1);
    });

    it("rejects once, with one email, when two reject together", async () => {
      const applicant = await createApplicant();
      const other = await createAdminAccount();
      const results = await Promise.all([rejectApplication({ id: admin }, applicant, REASON), rejectApplication({ id: other }, applicant, `${REASON} (second)`)]);
      expect(results.sort()).toEqual(["not-waiting", "rejected"]);
      expect(await outboxEmails()).toHaveLength(1);
      expect(await auditTrail()).toHaveLength(1);
    });

    it("lets only the first decision stand when one approves while another rejects", async () => {
      for (let round = 0; round < 3; round++) {
        const applicant = await createApplicant();
        const [approved, rejected] = await Promise.all([approveApplication({ id: admin }, applicant), rejectApplication({ id: admin }, applicant, REASON)]);
        const row = await applicantRow(applicant);
        if (approved === "approved") {
          expect(rejected).toBe("already-approved");
          expect(row.status).toBe("active");
        } else {
          expect([approved, rejected]).toEqual(["not-waiting", "rejected"]);
          expect(row).toBeUndefined();
        }
      }
      const trail = await auditTrail();
      expect(trail).toHaveLength(3);
      expect((await outboxEmails()).length).toBe(trail.filter((row) => row.action === "psychiatrist.reject").length);
    });
  });
});
