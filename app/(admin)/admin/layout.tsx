import { requireRole } from "@/lib/auth/current-user";
import { AdminNav } from "./admin-nav";

// Every page under /admin checks the role itself too (and every action in lib/); this only keeps
// the console's navigation from ever being drawn for anyone else.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin");
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
