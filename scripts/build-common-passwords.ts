// Writes lib/accounts/common-passwords.json: the well-known leaked passwords long enough to pass
// the length rule. Shorter ones are already refused, so the list sent to browsers stays small.
// Run again after upgrading @zxcvbn-ts/language-common: `npx tsx scripts/build-common-passwords.ts`.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { MIN_PASSWORD_LENGTH } from "../lib/accounts/password-rules";

const require = createRequire(import.meta.url);
const all: string[] = require("@zxcvbn-ts/language-common/src/passwords.json");
const kept = [...new Set(all.filter((p) => p.length >= MIN_PASSWORD_LENGTH).map((p) => p.toLowerCase()))].sort();
writeFileSync("lib/accounts/common-passwords.json", JSON.stringify(kept) + "\n");
console.log(`common-passwords.json: ${kept.length} passwords`);
