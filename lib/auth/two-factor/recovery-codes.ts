import { createHash, randomBytes } from "node:crypto";

// Each code carries 120 random bits, so an unsalted SHA-256 is a safe way to keep it: nobody can
// search that many codes for one that matches a stolen hash.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32 characters: no 0/o or 1/l to confuse
const CODE_CHARACTERS = 24;

/** One code, shown in four groups of six: "k3mx9a-..." */
function newRecoveryCode(): string {
  const bytes = randomBytes(CODE_CHARACTERS);
  const characters = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return characters.match(/.{6}/g)!.join("-");
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

const bare = (typed: string) => typed.toLowerCase().replace(/[\s-]/g, "");

/** Whether what was typed (any case, with or without its dashes and spaces) could be a recovery code. */
export function looksLikeRecoveryCode(typed: string): boolean {
  const code = bare(typed);
  return code.length === CODE_CHARACTERS && [...code].every((c) => ALPHABET.includes(c));
}

/** What is stored for a code: the hash of its bare characters, however it was typed. */
export function recoveryCodeHash(typed: string): string {
  return createHash("sha256").update(bare(typed)).digest("hex");
}
