import { ChoiceSettingForm } from "./choice-setting-form";

const CHOICES = [
  {
    value: "full",
    label: "Full",
    description:
      "The patient's name, what they wrote, their mood, why the alert was raised, and their phone, email and emergency contact: enough to act before signing in.",
  },
  {
    value: "minimal",
    label: "Minimal",
    description:
      "Only that one of their patients has a new alert, with a link to MiWell: no name or health details leave MiWell by email, and the psychiatrist signs in to see who and why. Escalation emails to admins are minimal too.",
  },
] as const;

/** How much an alert email says, as a choice of two with what each means. */
export function AlertEmailForm({ value }: { value: string }) {
  return <ChoiceSettingForm setting="alertEmailDetail" legend="What the alert email says" choices={CHOICES} value={value} />;
}
