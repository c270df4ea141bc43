// Builders for the outbox tests (lib/notifications and the admin's outbox actions): admin
// accounts, and emails queued through the real outbox and then left in the state a test needs,
// as the worker would leave them.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailAttempts, emailOutbox, users } from "@/db/schema";
import { createAdmin } from "@/lib/accounts/create-admin";
import { queueEmail, type OutgoingEmail } from "@/lib/notifications/outbox";
import type { EmailStatus } from "@/lib/notifications/outbox-view";
import { TEST_PASSWORD } from "./accounts";

type EmailRow = typeof emailOutbox.$inferSelect;

let sequence = 0;

/** An admin account; `disabled` as an admin who has since been switched off. */
export async function createAdminAccount(options: { disabled?: boolean } = {}): Promise<number> {
  sequence += 1;
  const id = await createAdmin(
    { email: `admin-${process.pid}-${sequence}@example.test`, firstName: "Ada", lastName: `Admin ${sequence}`, phone: "+442079460789", timezone: "Europe/London" },
    TEST_PASSWORD,
  );
  if (options.disabled) await getDb().update(users).set({ status: "disabled" }).where(eq(users.id, id));
  return id;
}

export type TestEmail = Partial<OutgoingEmail> & {
  status?: EmailStatus;
  attempts?: number;
  lastError?: string | null;
  createdAt?: Date;
};

/**
 * Queues an email with queueEmail, then sets what the worker would have: a settled status has
 * no next attempt. Returns its id.
 */
export async function queueTestEmail(email: TestEmail = {}): Promise<number> {
  sequence += 1;
  const { status = "pending", attempts = 0, lastError = null, createdAt, ...outgoing } = email;
  const dedupeKey = outgoing.dedupeKey ?? `test:${process.pid}:${sequence}`;
  await queueEmail(getDb(), {
    dedupeKey,
    kind: "reminder",
    userId: null,
    to: `person${sequence}@example.test`,
    subject: `Email ${sequence}`,
    text: `Body ${sequence}`,
    html: `<p>Body ${sequence}</p>`,
    ...outgoing,
  });
  const [{ id }] = await getDb().select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey));
  const settled = status !== "pending" && status !== "sending";
  await getDb()
    .update(emailOutbox)
    .set({
      status,
      attempts,
      lastError,
      ...(settled ? { nextAttemptAt: null } : {}),
      ...(status === "sent" ? { sentAt: new Date() } : {}),
      ...(createdAt ? { createdAt } : {}),
    })
    .where(eq(emailOutbox.id, id));
  return id;
}

/** Writes tries at sending an email, as the worker records them, in the order given. */
export async function addAttempts(emailId: number, attempts: { outcome: "sent" | "error" | "unsent"; error?: string | null; at?: Date }[]): Promise<void> {
  if (attempts.length === 0) return;
  await getDb()
    .insert(emailAttempts)
    .values(attempts.map((a) => ({ emailId, outcome: a.outcome, error: a.error ?? null, ...(a.at ? { at: a.at } : {}) })));
}

export async function outboxRow(emailId: number): Promise<EmailRow> {
  const [row] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.id, emailId));
  return row;
}
