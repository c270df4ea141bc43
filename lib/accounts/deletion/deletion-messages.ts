import type { DeletionRefusal } from "./delete-own-account";

/** What the delete-account form says when the account could not go; nothing was changed then. */
export const DELETION_REFUSED: Record<Exclude<DeletionRefusal, "wrong-password">, string> = {
  "no-psychiatrist":
    "Your account was not deleted: no other psychiatrist can take your patients just now. Please ask an admin to approve another psychiatrist, or to move your patients, first.",
  "last-admin": "Your account was not deleted: you are the last active admin, and someone must still be able to run MiWell. Make another admin account active first.",
  "not-found": "Your account could not be found, so nothing was deleted. Please sign in again.",
};
