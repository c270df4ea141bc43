import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import { SAVE_FAILED } from "@/lib/forms/action-result";
import { formData } from "@/lib/testing/next-auth-double";
import { TEST_SESSION_ID } from "@/lib/testing/sessions";

// A signed-in patient whose database has gone away between pages.
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => ({ userId: 1, role: "patient", sessionVersion: 1, sessionId: TEST_SESSION_ID }) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { checkInAction } = await import("./actions");

describe("checking in while the database is away", () => {
  const realUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await closeDb();
    process.env.DATABASE_URL = realUrl;
  });

  it("answers the form's try-again message, not an error page", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // Port 1 on loopback: nothing listens there, like a stopped database server.
    process.env.DATABASE_URL = "mysql://nobody:nothing@127.0.0.1:1/none";
    expect(await checkInAction(null, formData({ mood: "4", note: "still here" }))).toEqual({ ok: false, message: SAVE_FAILED, fieldErrors: {} });
    log.mockRestore();
  });
});
