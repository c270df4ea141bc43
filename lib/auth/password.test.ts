import { describe, expect, it } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id at OWASP's cost (19 MiB, 2 passes, 1 lane)", async () => {
    const hash = await hashPassword("violet-anchor-drizzle-47");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("violet-anchor-drizzle-47");
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses wrong ones", async () => {
    const hash = await hashPassword("violet-anchor-drizzle-47");
    expect(await verifyPassword(hash, "violet-anchor-drizzle-47")).toBe(true);
    expect(await verifyPassword(hash, "violet-anchor-drizzle-48")).toBe(false);
    expect(await verifyPassword(hash, "VIOLET-ANCHOR-DRIZZLE-47")).toBe(false);
    expect(await verifyPassword(hash, " violet-anchor-drizzle-47")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("pässwörd-😀-ключ");
    expect(await verifyPassword(hash, "pässwörd-😀-ключ")).toBe(true);
    expect(await verifyPassword(hash, "passwords-😀-ключ")).toBe(false);
  });

  it.each(["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$bad", "$2b$10$abcdefghijklmnopqrstuv"])(
    "reads the malformed hash %j as a wrong password, without throwing",
    async (malformed) => {
      await expect(verifyPassword(malformed, "anything")).resolves.toBe(false);
    },
  );
});

describe("decoyHash", () => {
  it("is one shared argon2id hash that no ordinary password matches", async () => {
    const first = decoyHash();
    expect(decoyHash()).toBe(first);
    const hash = await first;
    expect(await decoyHash()).toBe(hash);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "password")).toBe(false);
  });
});
