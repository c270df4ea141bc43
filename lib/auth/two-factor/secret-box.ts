import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// TOTP secrets are kept sealed with AES-256-GCM under a key derived from AUTH_SECRET, so a copy
// of the database alone does not give anyone the means to make codes. Rotating AUTH_SECRET makes
// every sealed secret unreadable: staff then sign in with a recovery code and enrol again.
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function secretFromEnv(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "miwell", "two-factor-secret", 32));
}

/**
 * Seals text for one purpose (`context`, e.g. "user:12"): it opens again only with the same
 * context, so a sealed value copied to another account or another use is refused.
 */
export function seal(plain: string, context: string, secret = secretFromEnv()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The text sealed for this context, or null when it was sealed otherwise, altered or under another key. */
export function unseal(sealed: string, context: string, secret = secretFromEnv()): string | null {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || !payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return null;
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
