import type { Role } from "@/db/schema";
import { serviceSetting } from "@/lib/settings/service-settings";
import { hasTwoFactor } from "./second-factor";
import { isStaffRole } from "./staff-account";

/** Whether this account must set up two-factor sign-in before anything else: staff, when the service requires it. */
export async function mustSetUpTwoFactor(user: { id: number; role: Role }): Promise<boolean> {
  if (!isStaffRole(user.role)) return false;
  if ((await serviceSetting("staffTwoFactor")) !== "required") return false;
  return !(await hasTwoFactor(user.id));
}
