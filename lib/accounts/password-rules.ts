import commonPasswords from "./common-passwords.json";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const common = new Set<string>(commonPasswords);

// A password is refused when it is a well-known leaked one or a single repeated character.
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return common.has(lower) || /^(.)\1*$/u.test(lower);
}
