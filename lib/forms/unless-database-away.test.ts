import { describe, expect, it, vi } from "vitest";
import { SAVE_FAILED, unlessDatabaseAway } from "./action-result";

const lostConnection = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3306"), { code: "ECONNREFUSED", fatal: true });

describe("unlessDatabaseAway", () => {
  it("passes on what the step found", async () => {
    expect(await unlessDatabaseAway(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it("answers the form's try-again message when the database cannot be reached", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = new Error("Failed query: select …", { cause: lostConnection() });
    expect(await unlessDatabaseAway(() => Promise.reject(failed))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    log.mockRestore();
  });

  it("throws on anything else, so a redirect to sign-in or a refusal still happens", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    await expect(unlessDatabaseAway(() => Promise.reject(redirect))).rejects.toBe(redirect);
  });
});
