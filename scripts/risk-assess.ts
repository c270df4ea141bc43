// Try the alert rules without a database:
//   printf '%s\n' '{"mood":5,"note":"I want to kill myself"}' | npm run -s risk:assess
// Each input line is {"mood": 1-7, "note": "...", "date": "YYYY-MM-DD", "history": [{"date", "mood"}, ...]}
// (all but mood optional; with no mood, the history is checked for silence as of "date" or today).
// Prints one JSON verdict per non-blank line and nothing else; exits 1 if any line was refused.
import { once } from "node:events";
import { createInterface } from "node:readline";
import { localDate } from "@/lib/moods/local-date";
import { assessJsonLine } from "@/lib/risk/assess-json-line";

async function main(): Promise<number> {
  let refused = false;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const outcome = assessJsonLine(line, localDate(new Date(), "UTC"));
    if (!outcome) continue;
    refused ||= !outcome.ok;
    if (!process.stdout.write(`${JSON.stringify(outcome.output)}\n`)) await once(process.stdout, "drain");
  }
  return refused ? 1 : 0;
}

// A reader that stops early (`| head -1`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
