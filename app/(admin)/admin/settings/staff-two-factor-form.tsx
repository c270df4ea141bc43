import { ChoiceSettingForm } from "./choice-setting-form";

const CHOICES = [
  {
    value: "optional",
    label: "Optional",
    description: "Psychiatrists and admins may turn on two-factor sign-in from their account page. Patients are never asked.",
  },
  {
    value: "required",
    label: "Required for staff",
    description:
      "A psychiatrist or admin without two-factor sign-in is sent to set it up when they sign in, and no other staff page opens until they have. Patients are never asked.",
  },
] as const;

/** Whether staff must sign in with a code from an authenticator app as well as their password. */
export function StaffTwoFactorForm({ value }: { value: string }) {
  return <ChoiceSettingForm setting="staffTwoFactor" legend="Require two-factor sign-in for staff" choices={CHOICES} value={value} />;
}
