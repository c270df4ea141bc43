import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import { GET } from "./route";

describe("GET /api/health", () => {
  const realUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await closeDb();
    process.env.DATABASE_URL = realUrl;
    vi.restoreAllMocks();
  });

  it("answers 200 and says the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true } });
  });

  it("answers 503 without naming the infrastructure when the database is down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = "mysql://nobody:nothing@127.0.0.1:1/none";
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({ status: "unavailable", database: { reachable: false } });
    expect(JSON.stringify(body)).not.toContain("127.0.0.1");
  });
});
