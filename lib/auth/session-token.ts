import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

/**
 * The session cookie's contents, sealed with AES-256-GCM under a key derived with HKDF-SHA-256
 * from AUTH_SECRET and the cookie's name, as Auth.js's own token is (an encrypted JWT), but
 * with Node's synchronous cipher and each key derived once: Auth.js's Web Crypto path took
 * about a millisecond a token, and every page decodes its cookie and issues it again twice.
 *
 *   v1.<iv>.<ciphertext>.<tag>   (base64url; the version and cookie name are authenticated too)
 */
const VERSION = "v1";
const keys = new Map<string, Buffer>();

function keyFor(secret: string, salt: string): Buffer {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, salt, `MiWell session token: ${salt}`, 32));
    keys.set(id, key);
  }
  return key;
}

const secretsOf = (secret: string | string[]) => (Array.isArray(secret) ? secret : [secret]);
const nowInSeconds = () => Math.floor(Date.now() / 1000);
const THIRTY_DAYS = 30 * 24 * 60 * 60;

export async function encodeSessionToken({ token = {}, secret, salt, maxAge = THIRTY_DAYS }: JWTEncodeParams): Promise<string> {
  const [current] = secretsOf(secret);
  const now = nowInSeconds();
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(current, salt), iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${salt}`));
  const sealed = Buffer.concat([cipher.update(JSON.stringify({ ...token, iat: now, exp: now + maxAge }), "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

/** The token's claims, or null when it is missing, malformed, sealed under another key or name, altered, or expired. */
export async function decodeSessionToken({ token, secret, salt }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const [, iv, sealed, tag] = parts.map((part) => Buffer.from(part, "base64url"));
  if (iv.length !== 12 || tag.length !== 16) return null;
  for (const candidate of secretsOf(secret)) {
    const claims = open(keyFor(candidate, salt), salt, iv, sealed, tag);
    if (claims) return typeof claims.exp === "number" && claims.exp > nowInSeconds() ? claims : null;
  }
  return null;
}

function open(key: Buffer, salt: string, iv: Buffer, sealed: Buffer, tag: Buffer): JWT | null {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(Buffer.from(`${VERSION}.${salt}`));
    decipher.setAuthTag(tag);
    const claims: unknown = JSON.parse(Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8"));
    return claims !== null && typeof claims === "object" && !Array.isArray(claims) ? (claims as JWT) : null;
  } catch {
    return null;
  }
}
