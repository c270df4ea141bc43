"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ADMIN_SECTIONS } from "./sections";

// The overview is current only on /admin itself; every other part also on its sub-pages.
const isCurrent = (href: string, path: string) => (href === "/admin" ? path === href : path === href || path.startsWith(`${href}/`));

/** The console's own navigation: one row that wraps on a phone rather than scrolling sideways. */
export function AdminNav() {
  const path = usePathname();
  return (
    <nav aria-label="Admin" className="mb-6 border-b border-calm-200 pb-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {ADMIN_SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={isCurrent(section.href, path) ? "page" : undefined}
              className="font-medium text-calm-700 underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
