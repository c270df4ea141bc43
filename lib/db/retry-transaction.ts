import { isDeadlock } from "./mysql-errors";

/**
 * Runs a transaction again when MySQL rolled it back to break a deadlock (or when `alsoRetry`
 * says the failure is one a fresh attempt resolves), up to three attempts in all.
 */
export async function retryTransaction<T>(run: () => Promise<T>, alsoRetry: (error: unknown) => boolean = () => false): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3 || !(isDeadlock(error) || alsoRetry(error))) throw error;
    }
  }
}
