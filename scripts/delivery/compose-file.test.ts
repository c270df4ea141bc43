/**
 * docker-compose.yml as Compose itself reads it (`config` validates and resolves the file without
 * a Docker engine), with .env.example as the .env a volunteer starts from.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../paths";
import { findCompose, NEEDS_COMPOSE_MESSAGE, runCompose } from "./compose-command";
import { readDockerfile } from "./dockerfile";
import { tsxEntry } from "./package-scripts";

type Service = {
  image?: string;
  build?: { target?: string };
  command?: string[] | string;
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition?: string }>;
  ports?: (string | { host_ip?: string; published?: string | number; target?: number })[];
  volumes?: (string | { source?: string; target?: string })[];
  restart?: string;
};
type ComposeConfig = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const SECRETS = { AUTH_SECRET: "compose-test-secret", DB_PASSWORD: "dbpass0123", DB_ROOT_PASSWORD: "rootpass0123" };

function config(env: Record<string, string>) {
  const compose = findCompose();
  if (!compose) throw new Error(NEEDS_COMPOSE_MESSAGE);
  // .env.example stands in for .env; the variables given here override it, as a filled-in .env would.
  return runCompose(compose, ["--env-file", ".env.example", "config"], { cwd: PROJECT_ROOT, env });
}

let withSecrets: ComposeConfig | undefined;

/** The file as Compose resolves it; with only the secrets set, resolved once for every test. */
function resolved(env?: Record<string, string>): ComposeConfig {
  if (!env) return (withSecrets ??= resolved(SECRETS));
  const result = config(env);
  expect(result.stderr, "docker-compose config should accept the file").not.toMatch(/invalid|error/i);
  expect(result.status).toBe(0);
  return parse(result.stdout) as ComposeConfig;
}

const commandOf = (service: Service) => (Array.isArray(service.command) ? service.command.join(" ") : service.command);
const portsOf = (service: Service) =>
  (service.ports ?? []).map((port) =>
    typeof port === "string" ? port.replace(/\/tcp$/, "") : `${port.host_ip ?? "0.0.0.0"}:${port.published}:${port.target}`,
  );

// Compose runs as a separate program, a second or two each time.
describe("docker-compose.yml", { timeout: 30_000 }, () => {
  it("is refused while .env lacks a secret, naming the missing one", () => {
    for (const missing of Object.keys(SECRETS)) {
      const { [missing as keyof typeof SECRETS]: _left, ...others } = SECRETS;
      const result = config(others);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`set ${missing} in .env`);
    }
  });

  it("runs the web server, the worker, a one-shot migration, MariaDB 10.11 and a mail catcher", () => {
    const { services } = resolved();
    expect(Object.keys(services).sort()).toEqual(["db", "mailpit", "migrate", "web", "worker"]);
    expect(services.db.image).toBe("mariadb:10.11");
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit:/);
    expect(commandOf(services.migrate)).toBe("npm run db:migrate");
    expect(services.migrate.restart).toBe("no");
    expect(commandOf(services.worker)).toBe(`node --import tsx ${tsxEntry("worker")}`);
    // The web image's own command (node server.js) runs; nothing makes it migrate.
    expect(services.web.command).toBeUndefined();
  });

  it("keeps the database in a named volume", () => {
    const { services, volumes } = resolved();
    const dataVolume = (services.db.volumes ?? [])
      .map((v) => (typeof v === "string" ? { source: v.split(":")[0], target: v.split(":")[1] } : v))
      .find((v) => v.target === "/var/lib/mysql");
    expect(dataVolume?.source).toBeDefined();
    expect(Object.keys(volumes ?? {})).toContain(dataVolume!.source);
  });

  it("starts web and worker only after the migration succeeded, never before the database is healthy", () => {
    const { services } = resolved();
    for (const name of ["web", "worker"]) {
      expect(services[name].depends_on?.migrate?.condition).toBe("service_completed_successfully");
      expect(services[name].depends_on?.db?.condition).toBe("service_healthy");
    }
    expect(services.migrate.depends_on?.db?.condition).toBe("service_healthy");
  });

  it("gives web, worker and migrate the secrets and settings from .env", () => {
    const { services } = resolved({ ...SECRETS, SMTP_URL: "smtp://mail.example.org:587", APP_URL: "https://miwell.example.org" });
    for (const name of ["web", "worker", "migrate"]) {
      const env = services[name].environment ?? {};
      expect(env.DATABASE_URL).toBe(`mysql://miwell:${SECRETS.DB_PASSWORD}@db:3306/miwell`);
      expect(env.AUTH_SECRET).toBe(SECRETS.AUTH_SECRET);
      expect(env.SMTP_URL).toBe("smtp://mail.example.org:587");
      expect(env.APP_URL).toBe("https://miwell.example.org");
    }
    expect(services.db.environment?.MARIADB_PASSWORD).toBe(SECRETS.DB_PASSWORD);
    expect(services.db.environment?.MARIADB_ROOT_PASSWORD).toBe(SECRETS.DB_ROOT_PASSWORD);
  });

  it("sends mail to the catcher by default, and leaves the sending to the worker service", () => {
    const { services } = resolved();
    expect(services.web.environment?.SMTP_URL).toBe("smtp://mailpit:1025");
    expect(services.web.environment?.MIWELL_WORKER).toBe("off");
  });

  it("publishes only the web server and the catcher's view, on the loopback address", () => {
    const { services } = resolved();
    expect(portsOf(services.web)).toEqual(["127.0.0.1:3000:3000"]);
    expect(portsOf(services.mailpit)).toEqual(["127.0.0.1:8025:8025"]);
    for (const name of ["db", "migrate", "worker"]) expect(portsOf(services[name])).toEqual([]);
  });

  it("builds only targets the Dockerfile has: web for the server, tools for migrate and worker", () => {
    const { services } = resolved();
    const stages = readDockerfile().map((stage) => stage.name);
    expect(services.web.build?.target).toBe("web");
    expect(services.migrate.build?.target).toBe("tools");
    expect(services.worker.build?.target).toBe("tools");
    for (const service of Object.values(services)) {
      if (service.build) expect(stages).toContain(service.build.target);
    }
  });
});
