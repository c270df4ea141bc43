"use server";

import { redirect } from "next/navigation";
import { unsubscribeFromReminders } from "@/lib/notifications/unsubscribe";

/** The button on the page a reminder's link opens; the signed token says whose reminders stop. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const token = form.get("token");
  const ok = typeof token === "string" && (await unsubscribeFromReminders(token));
  redirect(ok ? "/unsubscribe?done=1" : "/unsubscribe?invalid=1");
}
