/**
 * `npm run bench:explain`: the statements each main screen runs on the scale database, caught
 * with the server's general log while one signed-in request opens the screen, and the plan
 * MariaDB/MySQL chooses for each SELECT (table, access, index, rows examined, extra), so a
 * query that reads more than its screen shows stands out. Needs a server that lets the
 * benchmark turn the general log on (the private one does).
 */
import mysql from "mysql2/promise";
import { ensureAuthEnvironment } from "../auth-environment";
import { startAppServer } from "../http/app-server";
import { ensureDatabaseServer } from "../private-db";
import { exitWithError } from "../setup-error";
import { largeDataset, queryDataset } from "./datasets";
import { SCREENS, signedInSessions } from "./screens";

type PlanRow = { table: string | null; type: string | null; key: string | null; rows: number | null; Extra: string | null };

async function statementsOf(admin: mysql.Connection, request: () => Promise<unknown>): Promise<string[]> {
  await admin.query("SET GLOBAL log_output = 'TABLE'");
  await admin.query("TRUNCATE mysql.general_log");
  await admin.query("SET GLOBAL general_log = 1");
  try {
    await request();
  } finally {
    await admin.query("SET GLOBAL general_log = 0");
  }
  const [rows] = await admin.query("SELECT CONVERT(argument USING utf8mb4) AS statement FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') ORDER BY event_time");
  return (rows as { statement: string }[]).map((row) => row.statement).filter((statement) => !/general_log/i.test(statement));
}

async function main(): Promise<void> {
  ensureAuthEnvironment();
  const database = await ensureDatabaseServer();
  const admin = await mysql.createConnection({ uri: database.serverUrl });
  try {
    const large = await largeDataset(database.serverUrl);
    const server = await startAppServer("explain", { DATABASE_URL: large.url, MIWELL_WORKER: "off" }, "bench");
    try {
      const sessions = await signedInSessions(server.baseUrl, large);
      const [{ id: patientId }] = await queryDataset<{ id: number }>(large, "SELECT id FROM users WHERE email = ?", [large.patient]);
      const explainer = await mysql.createConnection({ uri: large.url });
      try {
        for (const screen of SCREENS) {
          const path = screen.path(patientId);
          await sessions[screen.who].get(path); // once first, so caches and JIT are warm as in use
          const statements = await statementsOf(admin, () => sessions[screen.who].get(path));
          console.log(`\n## ${screen.name} (${screen.who}): ${statements.length} statements`);
          for (const statement of statements) {
            console.log(`\n    ${statement.replace(/\s+/g, " ").slice(0, 400)}${statement.length > 400 ? " …" : ""}`);
            if (!/^\s*select/i.test(statement)) continue;
            const [plan] = await explainer.query(`EXPLAIN ${statement}`);
            for (const step of plan as PlanRow[]) {
              console.log(`      → ${step.table ?? "-"}: ${step.type ?? "-"} on ${step.key ?? "no index"}, ~${step.rows ?? "?"} rows${step.Extra ? `; ${step.Extra}` : ""}`);
            }
          }
        }
      } finally {
        await explainer.end();
      }
    } finally {
      await server.stop();
    }
  } finally {
    await admin.end();
    await database.stop();
  }
}

main().catch(exitWithError);
