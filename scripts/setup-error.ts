/** A problem the user can fix: scripts print its message alone, without a stack trace. */
export class SetupError extends Error {}

/** The scripts' last resort: a SetupError's message alone, anything else with its stack; exit 1. */
export function exitWithError(error: unknown): never {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
}

/** The end of a tool's output or log, for an error message. */
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}
