import { createServer, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { checkDatabase } from "./check-database";

describe("checkDatabase", () => {
  const realUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await closeDb();
    process.env.DATABASE_URL = realUrl;
  });

  it("reports a reachable database with its latency", async () => {
    const health = await checkDatabase();
    expect(health.reachable).toBe(true);
    expect(health.reachable && health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports an unreachable database instead of throwing", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.DATABASE_URL = "mysql://nobody:nothing@127.0.0.1:1/none";
    const health = await checkDatabase();
    expect(health).toMatchObject({ reachable: false, error: expect.any(String) });
  });

  it("gives up after the time limit when the server never answers", async () => {
    // A listener that accepts connections and says nothing, like a hung database server.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    process.env.DATABASE_URL = `mysql://nobody:nothing@127.0.0.1:${port}/none`;
    try {
      const health = await checkDatabase(200);
      expect(health).toEqual({ reachable: false, error: "no answer within 200 ms" });
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });
});
