import { describe, expect, it } from "vitest";
import { appUrl } from "./app-url";
import { mailerFromEnv } from "./mailer";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";

describe("mail configuration", () => {
  it("has no mailer without SMTP_URL, so mail is kept rather than sent", () => {
    expect(mailerFromEnv({})).toBeNull();
    expect(mailerFromEnv({ SMTP_URL: "  " })).toBeNull();
    const mailer = mailerFromEnv({ SMTP_URL: "smtp://127.0.0.1:2525" });
    expect(mailer).not.toBeNull();
    mailer?.close();
  });

  it("links to APP_URL, else the local port", () => {
    const saved = { APP_URL: process.env.APP_URL, AUTH_URL: process.env.AUTH_URL, PORT: process.env.PORT };
    try {
      process.env.APP_URL = "https://miwell.example.org";
      expect(appUrl("/alerts")).toBe("https://miwell.example.org/alerts");
      process.env.APP_URL = "https://example.org/miwell/";
      expect(appUrl("patients/4")).toBe("https://example.org/miwell/patients/4");
      delete process.env.APP_URL;
      delete process.env.AUTH_URL;
      process.env.PORT = "4100";
      expect(appUrl("/today")).toBe("http://localhost:4100/today");
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("waits longer after each failure, up to half an hour", () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1));
    expect(delays.slice(0, 3)).toEqual([10_000, 20_000, 40_000]);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
    expect(Math.max(...delays)).toBe(30 * 60_000);
  });
});
