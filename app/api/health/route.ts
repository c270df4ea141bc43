import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  // The reason stays in the server log: a public endpoint must not describe the infrastructure.
  if (!database.reachable) console.error(`health: database unreachable: ${database.error}`);
  return Response.json(
    database.reachable
      ? { status: "ok", database: { reachable: true, latencyMs: database.latencyMs } }
      : { status: "unavailable", database: { reachable: false } },
    { status: database.reachable ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
