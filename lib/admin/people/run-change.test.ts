import { describe, expect, it } from "vitest";
import type { LockedAccount } from "./lock-account";
import { adminGuard } from "./run-change";

const locked = (role: LockedAccount["account"]["role"], status: LockedAccount["account"]["status"], activeAdmins: number[]): LockedAccount => ({
  account: { id: 2, role, status, approvedAt: null },
  others: [],
  activeAdmins,
});

describe("adminGuard, judged under the lock on every active admin", () => {
  it("has nothing to say about patients and psychiatrists", () => {
    expect(adminGuard(locked("patient", "active", []), { id: 1 })).toBeNull();
    expect(adminGuard(locked("psychiatrist", "active", []), { id: 1 })).toBeNull();
  });

  it("refuses an actor who is no longer an active admin: they were disabled a moment ago", () => {
    expect(adminGuard(locked("admin", "active", [2]), { id: 1 })).toBe("not-allowed");
  });

  it("refuses taking away the last active admin, themselves included, but not a disabled one", () => {
    expect(adminGuard({ ...locked("admin", "active", [1]), account: { id: 1, role: "admin", status: "active", approvedAt: null } }, { id: 1 })).toBe("last-admin");
    expect(adminGuard(locked("admin", "disabled", [1]), { id: 1 })).toBeNull();
    expect(adminGuard(locked("admin", "active", [1, 2]), { id: 1 })).toBeNull();
  });
});
