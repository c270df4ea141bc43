import type { CrisisLine } from "./crisis-line-schema";
import { serviceSetting } from "./service-settings";

export { type CrisisLine, DEFAULT_CRISIS_LINES } from "./crisis-line-schema";

/** The helplines patients are shown: the admin's list, or the UK defaults until one is stored. */
export async function crisisLines(): Promise<readonly CrisisLine[]> {
  return serviceSetting("crisisLines");
}
