import type { Role, Status } from "@/db/schema";

/** A change an admin can make from an account's page; the first three ask for confirmation first. */
export type ConfirmedChange = "disable" | "enable" | "remove";

type Account = { role: Role; status: Status };

/**
 * The changes this account offers: disable or (when disabled) enable; removal for psychiatrists
 * and admins, never a patient, whose account holds their clinical record; moving, for a patient.
 */
export function changesFor(account: Account): { confirmed: ConfirmedChange[]; move: boolean } {
  const confirmed: ConfirmedChange[] = [account.status === "disabled" ? "enable" : "disable"];
  if (account.role !== "patient") confirmed.push("remove");
  return { confirmed, move: account.role === "patient" };
}

/** The change the address asks to confirm (`?confirm=disable`), if this account offers it. */
export function confirmFrom(value: unknown, account: Account): ConfirmedChange | null {
  const offered: string[] = changesFor(account).confirmed;
  return typeof value === "string" && offered.includes(value) ? (value as ConfirmedChange) : null;
}

/** The account's page asking to confirm a change. */
export function confirmHref(userId: number, change: ConfirmedChange): string {
  return `/admin/people/${userId}?confirm=${change}`;
}
