// Next calls register() once when a server starts. MiWell runs its background worker (the email
// outbox, escalation, reminders, silence) inside the web server unless MIWELL_WORKER=off, for
// deployments that run `npm run worker` processes instead.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.MIWELL_WORKER === "off") return;
  const { startInServerWorker } = await import("./lib/notifications/in-server-worker");
  startInServerWorker();
}
