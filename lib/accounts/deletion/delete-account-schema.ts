import { z } from "zod";
import { existingPassword } from "@/lib/accounts/schemas";

export const PASSWORD_TO_DELETE = "Enter your password to delete your account";

/** The delete-account form: the current password, which the server checks before anything goes. */
export const deleteAccountSchema = z.object({ password: existingPassword(PASSWORD_TO_DELETE) });

export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;
