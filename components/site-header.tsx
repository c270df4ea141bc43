import Link from "next/link";
import type { Role } from "@/db/schema";
import { cappedCount } from "@/lib/format/capped-count";
import { WAITING_COUNT_LIMIT } from "@/lib/review/waiting-limit";

type NavUser = { firstName: string; role: Role; status: "active" | "pending" };

const LINKS: Record<Role, { href: string; label: string }[]> = {
  patient: [
    { href: "/today", label: "Today" },
    { href: "/journal", label: "Journal" },
    { href: "/progress", label: "Progress" },
    { href: "/tasks", label: "Tasks" },
  ],
  psychiatrist: [
    { href: "/caseload", label: "Caseload" },
    { href: "/alerts", label: "Alerts" },
    { href: "/review", label: "Review" },
    { href: "/library", label: "Tasks" },
  ],
  admin: [{ href: "/admin", label: "Admin" }],
};

const isCurrent = (href: string, path: string) => path === href || path.startsWith(`${href}/`) || path.startsWith(`${href}?`);

/**
 * The bar at the top of every page: the brand, the user's own places, and sign-out. On a phone
 * the places take a row of their own under the brand, so nothing is squeezed.
 */
export function SiteHeader(props: {
  user: NavUser | null;
  path: string;
  signOutAction: () => Promise<void>;
  /** A psychiatrist's entries waiting for review (counted up to WAITING_COUNT_LIMIT + 1), shown (and read out) with the Review link. */
  reviewCount?: number | null;
  /** A psychiatrist's unresolved alerts, shown (and read out) with the Alerts link. */
  alertCount?: number | null;
}) {
  const { user, path, signOutAction, reviewCount, alertCount } = props;
  const counts: Record<string, number | null | undefined> = { "/review": reviewCount, "/alerts": alertCount };
  const links = (user && user.status === "active" ? LINKS[user.role] : []).map((link) => {
    const n = counts[link.href];
    return typeof n === "number" ? { ...link, label: `${link.label} (${cappedCount(n, WAITING_COUNT_LIMIT)})` } : link;
  });
  return (
    <header className="border-b border-calm-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3">
        <Link href="/" className="text-xl font-semibold tracking-tight text-calm-800">
          MiWell
        </Link>
        {links.length > 0 && (
          <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={isCurrent(link.href, path) ? "page" : undefined}
                    className="font-medium text-calm-700 underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="text-muted">
                <span className="hidden sm:inline">Signed in as </span>
                {user.firstName}
              </span>
              <Link
                href="/account"
                aria-current={isCurrent("/account", path) ? "page" : undefined}
                className="font-medium text-calm-700 underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
              >
                Account
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="rounded-md border border-calm-600 px-3 py-1.5 font-medium text-calm-700 hover:bg-calm-100">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/login" className="font-medium text-calm-700 hover:underline">
                Sign in
              </Link>
              <Link href="/register" className="rounded-md bg-calm-700 px-3 py-1.5 font-medium text-white hover:bg-calm-800">
                Register
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
