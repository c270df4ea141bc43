import { CredentialsSignin } from "next-auth";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { handlers, logAuthError } from "./next-auth";

describe("the Auth.js route", () => {
  it("offers exactly the credentials provider", async () => {
    const response = await handlers.GET(new NextRequest("http://localhost:3000/api/auth/providers"));
    expect(response.status).toBe(200);
    const providers = await response.json();
    expect(Object.keys(providers)).toEqual(["credentials"]);
  });
});

describe("logAuthError", () => {
  it("stays quiet about wrong passwords but logs real errors", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    logAuthError(new CredentialsSignin());
    expect(log).not.toHaveBeenCalled();
    const boom = new Error("boom");
    logAuthError(boom);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^auth: Error boom\n\s+at /));
    log.mockRestore();
  });
});
