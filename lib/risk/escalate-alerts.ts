import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import { getDb } from "@/db/client";
import { alerts, patients, users } from "@/db/schema";
import { emailKeys } from "@/lib/notifications/email-keys";
import { queueEmail } from "@/lib/notifications/outbox";
import { escalationEmail } from "@/lib/notifications/templates/escalation-email";
import { wakeOutbox } from "@/lib/notifications/wake";
import { serviceSettings } from "@/lib/settings/service-settings";

const psychiatristUser = alias(users, "psychiatrist_user");
const BATCH = 100;

/**
 * Escalates every alert still unacknowledged past the deadline: marks it escalated and emails
 * every active admin, in one transaction per alert. The conditional update decides which worker
 * escalates an alert, so running this on several workers at once emails admins once.
 */
export async function escalateOverdueAlerts(now = new Date()): Promise<number> {
  const db = getDb();
  const settings = await serviceSettings();
  const deadline = new Date(now.getTime() - settings.escalationHours * 3_600_000);
  const overdue = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(eq(alerts.status, "open"), isNull(alerts.escalatedAt), lte(alerts.createdAt, deadline)))
    .orderBy(asc(alerts.createdAt))
    .limit(BATCH);
  let escalated = 0;
  for (const { id } of overdue) {
    const done = await db.transaction(async (tx) => {
      const [claim] = await tx
        .update(alerts)
        .set({ escalatedAt: now })
        .where(and(eq(alerts.id, id), eq(alerts.status, "open"), isNull(alerts.escalatedAt)));
      if (claim.affectedRows !== 1) return false;
      const [alert] = await tx
        .select({
          id: alerts.id,
          rule: alerts.rule,
          reason: alerts.reason,
          createdAt: alerts.createdAt,
          patientFirst: users.firstName,
          patientLast: users.lastName,
          psychiatristFirst: psychiatristUser.firstName,
          psychiatristLast: psychiatristUser.lastName,
          psychiatristEmail: psychiatristUser.email,
          psychiatristPhone: psychiatristUser.phone,
        })
        .from(alerts)
        .leftJoin(patients, eq(patients.userId, alerts.patientId))
        .leftJoin(users, eq(users.id, patients.userId))
        .leftJoin(psychiatristUser, eq(psychiatristUser.id, patients.psychiatristId))
        .where(eq(alerts.id, id));
      const admins = await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.status, "active")));
      const email = escalationEmail({
        detail: settings.alertEmailDetail,
        escalationHours: settings.escalationHours,
        alert,
        patientName: alert.patientFirst ? `${alert.patientFirst} ${alert.patientLast}` : null,
        psychiatrist: alert.psychiatristFirst
          ? { name: `${alert.psychiatristFirst} ${alert.psychiatristLast}`, email: alert.psychiatristEmail!, phone: alert.psychiatristPhone! }
          : null,
      });
      for (const admin of admins) {
        await queueEmail(tx, { dedupeKey: emailKeys.escalation(id, admin.id), kind: "escalation", urgent: true, userId: admin.id, to: admin.email, ...email });
      }
      return true;
    });
    if (done) escalated++;
  }
  if (escalated > 0) wakeOutbox();
  return escalated;
}
