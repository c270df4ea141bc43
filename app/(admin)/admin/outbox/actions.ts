"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/auth/request-address";
import { parseId } from "@/lib/forms/parse-id";
import { retryEmail } from "@/lib/notifications/outbox-admin";
import { outboxReturnPath, withRetryNotice } from "@/lib/notifications/retry-return-path";

/**
 * Sends a failed or unsent email again, then goes back to the outbox view or email page it was
 * pressed on (`returnTo`), saying what happened.
 */
export async function retryEmailAction(form: FormData): Promise<void> {
  const user = await requireRole("admin");
  const emailId = parseId(form.get("emailId"));
  const result = emailId === null ? "not-found" : await retryEmail({ id: user.id, ip: await requestAddress() }, emailId);
  redirect(withRetryNotice(outboxReturnPath(form.get("returnTo")), result));
}
