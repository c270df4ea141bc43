import { describe, expect, it, vi } from "vitest";
import { seal, unseal } from "./secret-box";

describe("seal and unseal", () => {
  it("gives back what was sealed, for the same context only, and never the text itself", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", "two-factor:7");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(seal("JBSWY3DPEHPK3PXP", "two-factor:7")).not.toBe(sealed);
    expect(unseal(sealed, "two-factor:7")).toBe("JBSWY3DPEHPK3PXP");
    expect(unseal(sealed, "two-factor:8")).toBeNull();
  });

  it("refuses a sealed value that was altered, cut short, malformed or sealed under another secret", () => {
    const sealed = seal("secret", "ctx");
    const body = Buffer.from(sealed.slice(3), "base64url");
    body[body.length - 1] ^= 1;
    expect(unseal(`v1.${body.toString("base64url")}`, "ctx")).toBeNull();
    expect(unseal("v1.AAAA", "ctx")).toBeNull();
    expect(unseal(`v2.${sealed.slice(3)}`, "ctx")).toBeNull();
    expect(unseal("v1.not base64!", "ctx")).toBeNull();
    expect(unseal("v1", "ctx")).toBeNull();
    expect(unseal(sealed, "ctx", "a rotated AUTH_SECRET")).toBeNull();
    expect(unseal(seal("secret", "ctx", "a rotated AUTH_SECRET"), "ctx", "a rotated AUTH_SECRET")).toBe("secret");
  });

  it("will not seal without the service's secret", () => {
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => seal("secret", "ctx")).toThrow("AUTH_SECRET is not set");
    vi.unstubAllEnvs();
  });
});
