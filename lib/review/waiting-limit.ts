/**
 * Entries waiting for review are counted up to this many and shown as "500+" beyond: the
 * number in the navigation is on every page a psychiatrist opens, so its cost must not grow
 * with a backlog of thousands.
 */
export const WAITING_COUNT_LIMIT = 500;
