import { vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/credentials";

/**
 * Stands in for "@/lib/auth/next-auth" in action tests, where there is no HTTP request for
 * Auth.js to set a cookie on. signIn runs MiWell's real credentials check, as Auth.js would.
 */
export function nextAuthDouble() {
  return {
    signIn: vi.fn(async (_provider: string, options: { email: string; password: string }) => {
      await authorizeCredentials(options, new Request("http://localhost/", { headers: { "x-forwarded-for": "203.0.113.9" } }));
    }),
    signOut: vi.fn(async () => {}),
    auth: vi.fn(async () => null),
  };
}

/** The path a server action redirected to, read from the error Next throws for a redirect. */
export async function redirectedTo(run: Promise<unknown>): Promise<string | null> {
  try {
    await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw error;
  }
  return null;
}

export function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}
