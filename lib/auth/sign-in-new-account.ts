import { signIn } from "./next-auth";

/**
 * Signs a just-registered person in and says where to send them. Should the sign-in fail
 * (the account exists either way), they go to the sign-in page instead of seeing an error.
 */
export async function signInNewAccount(email: string, password: string, home: string): Promise<string> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return home;
  } catch (error) {
    console.error("sign-in after registration failed", error);
    return `/login?registered=1&callbackUrl=${encodeURIComponent(home)}`;
  }
}
