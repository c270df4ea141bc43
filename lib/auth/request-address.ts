import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The address of the request being handled, for rate limits in server actions. */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}
