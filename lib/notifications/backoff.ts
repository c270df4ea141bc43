/** After this many failed tries an email is marked failed, for an admin to look at and retry. */
export const MAX_ATTEMPTS = 10;

const FIRST_DELAY_MS = 10_000;
const LONGEST_DELAY_MS = 30 * 60_000;

/**
 * How long to wait after the `attempts`-th failed try: 10 s, doubling, at most 30 minutes, so a
 * short outage costs seconds and a long one (about 70 minutes before giving up) no busy loop.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
}
