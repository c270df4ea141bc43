import { describe, expect, it } from "vitest";
import { consequences } from "./change-consequences";

const patient = { role: "patient" as const, status: "active" as const, psychiatrist: null };
const psychiatrist = (patients: number, approvedAt: Date | null = new Date()) => ({
  role: "psychiatrist" as const,
  status: "active" as const,
  psychiatrist: { patients, approvedAt },
});
const admin = { role: "admin" as const, status: "active" as const, psychiatrist: null };
const others = { self: false, takers: 2 };

describe("what a change will do, said before it is confirmed", () => {
  it("disabling a patient signs them out and keeps them with their psychiatrist", () => {
    expect(consequences("disable", patient, others)).toEqual({
      lines: [
        "They are signed out at once and cannot sign in until an admin enables the account again.",
        "They stay with their psychiatrist, who keeps their history, and get no more reminders.",
        "Emails still waiting to be sent to this account are cancelled.",
      ],
      warning: null,
    });
  });

  it("disabling a psychiatrist says where their patients go, or that it will be refused", () => {
    expect(consequences("disable", psychiatrist(7), others).lines).toContain(
      "Their 7 patients move now to the 2 other psychiatrists accepting new patients, each to whoever has the fewest, so caseloads stay within one of each other.",
    );
    expect(consequences("disable", psychiatrist(1), { self: false, takers: 1 }).lines[1]).toMatch(/^Their 1 patient move now to the 1 other psychiatrist accepting/);
    expect(consequences("disable", psychiatrist(0), { self: false, takers: 0 })).toMatchObject({ warning: null, lines: expect.arrayContaining(["They have no patients to move."]) });
    const refused = consequences("disable", psychiatrist(3), { self: false, takers: 0 });
    expect(refused.warning).toBe("No other psychiatrist is accepting new patients, so nobody could take their 3 patients: this will be refused and nothing will change.");
    expect(refused.lines.join(" ")).not.toMatch(/move now/);
  });

  it("disabling or removing an admin names the last-admin rule, and your own account signs you out", () => {
    expect(consequences("disable", admin, { self: true, takers: 0 }).lines).toEqual([
      "You are signed out at once.",
      "The last active admin cannot be disabled.",
      "Emails still waiting to be sent to this account are cancelled.",
    ]);
    expect(consequences("remove", admin, others).lines).toEqual([
      "The account is deleted for good: this cannot be undone.",
      "Approvals and settings they changed stay, without their name.",
      "The audit trail keeps the record of what they did.",
      "The last active admin cannot be removed.",
      "Emails still waiting to be sent to this account are cancelled.",
    ]);
  });

  it("removing a psychiatrist spreads their patients and keeps their work without their name", () => {
    const { lines, warning } = consequences("remove", psychiatrist(4), others);
    expect(warning).toBeNull();
    expect(lines).toEqual([
      "The account is deleted for good: this cannot be undone.",
      expect.stringMatching(/^Their 4 patients move now/),
      "Reviews, replies, tasks and alert notes they wrote stay, without their name.",
      "The audit trail keeps the record of what they did.",
      "Emails still waiting to be sent to this account are cancelled.",
    ]);
  });

  it("enabling says who can sign in again, and where a psychiatrist's patients stay or that approval is needed", () => {
    expect(consequences("enable", { ...patient, status: "disabled" }, others).lines).toEqual(["They can sign in again with their password."]);
    expect(consequences("enable", psychiatrist(0), others).lines).toEqual([
      "They can sign in again with their password.",
      "Patients moved away when they were disabled stay with their new psychiatrists.",
    ]);
    expect(consequences("enable", psychiatrist(0, null), others).lines).toEqual(["They can sign in again with their password.", "They go back to awaiting approval."]);
  });
});
