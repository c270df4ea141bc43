import { redirect } from "next/navigation";
import { currentUser } from "./current-user";
import { homeFor } from "./homes";

/** Pages for the signed-out (landing, registration) send a signed-in user to their home instead. */
export async function redirectIfSignedIn(): Promise<void> {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role, user.status));
}
