import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { CrisisFooter } from "@/components/crisis-footer";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/auth/current-user";
import { faviconFor } from "@/lib/auth/favicon";
import { unreviewedCount } from "@/lib/review/queue";
import { unresolvedAlertCount } from "@/lib/risk/alert-list";
import { signOutAction } from "./actions";
import "./globals.css";

// The layout wraps even the 404, 403 and 500 pages: with the database down they must still
// render, signed-out, rather than crash.
const userOrNobody = () => currentUser().catch(() => null);

type LayoutUser = Awaited<ReturnType<typeof userOrNobody>>;

// Only an active psychiatrist has a review queue and alerts; without the database their links go
// without a count.
const psychiatristCount = (user: LayoutUser, count: (psychiatristId: number) => Promise<number>) =>
  user?.role === "psychiatrist" && user.status === "active" ? count(user.id).catch(() => null) : null;

export async function generateMetadata(): Promise<Metadata> {
  const user = await userOrNobody();
  return {
    title: { default: "MiWell", template: "%s · MiWell" },
    description: "A daily check-in with how you feel, and a psychiatrist who sees it.",
    icons: { icon: faviconFor(user?.role ?? null) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#24614f" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, requestHeaders] = await Promise.all([userOrNobody(), headers()]);
  const [reviewCount, alertCount] = await Promise.all([psychiatristCount(user, unreviewedCount), psychiatristCount(user, unresolvedAlertCount)]);
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader
          user={user}
          path={requestHeaders.get("x-miwell-path") ?? ""}
          signOutAction={signOutAction}
          reviewCount={reviewCount}
          alertCount={alertCount}
        />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <CrisisFooter />
      </body>
    </html>
  );
}
