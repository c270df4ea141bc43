/** The admin console's parts, in the order of its navigation. */
export const ADMIN_SECTIONS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/approvals", label: "Approvals" },
  { href: "/admin/people", label: "People" },
  { href: "/admin/tasks", label: "Tasks" },
  { href: "/admin/messages", label: "Messages" },
  { href: "/admin/alert-rules", label: "Alert rules" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit trail" },
  { href: "/admin/outbox", label: "Outbox" },
] as const;
