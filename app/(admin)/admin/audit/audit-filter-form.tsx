import Link from "next/link";
import { describedBy, FieldShell } from "@/components/forms/field-shell";
import type { AuditFilterForm } from "@/lib/admin/audit/audit-filter";
import type { FieldErrors } from "@/lib/forms/action-result";

const control = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-warn";

type Props = { form: AuditFilterForm; fieldErrors: FieldErrors; actions: string[]; timeZone: string };

/**
 * The trail's filter: a plain GET form, so a filtered view is an address to bookmark or share,
 * and it works before any script loads. Every field may be left empty, so none is marked
 * "optional" (FieldShell's `required` only drops that word).
 */
export function AuditFilterFormView({ form, fieldErrors, actions, timeZone }: Props) {
  const error = (name: keyof AuditFilterForm) => fieldErrors[name]?.[0];
  const input = (name: "actor" | "patient" | "from" | "to", label: string, hint: string, type: "text" | "date") => {
    const id = `audit-${name}`;
    return (
      <FieldShell id={id} label={label} hint={hint} error={error(name)} required>
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={form[name]}
          aria-invalid={error(name) ? true : undefined}
          aria-describedby={describedBy(id, hint, error(name))}
          autoComplete="off"
          className={control}
        />
      </FieldShell>
    );
  };
  return (
    <form method="get" action="/admin/audit" aria-label="Filter the audit trail" className="grid gap-4 rounded-xl border border-calm-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      {input("actor", "Who acted", "Their email or account number.", "text")}
      {input("patient", "Patient", "Whose record: email or account number.", "text")}
      <FieldShell id="audit-action" label="Action" hint="Those in the latest 10,000 rows." required>
        <select id="audit-action" name="action" defaultValue={form.action} aria-describedby="audit-action-hint" className={control}>
          <option value="">Any action</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </FieldShell>
      <FieldShell id="audit-outcome" label="Outcome" required>
        <select id="audit-outcome" name="outcome" defaultValue={form.outcome} className={control}>
          <option value="">Allowed or denied</option>
          <option value="allowed">Allowed</option>
          <option value="denied">Denied</option>
        </select>
      </FieldShell>
      {input("from", "From", `A day in your time zone, ${timeZone.replaceAll("_", " ")}.`, "date")}
      {input("to", "To", "This day included.", "date")}
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="w-full rounded-md bg-calm-700 px-4 py-2 font-semibold text-white hover:bg-calm-800 sm:w-auto">
          Filter
        </button>
        <Link href="/admin/audit" className="font-medium text-calm-700 underline">
          Clear the filter
        </Link>
      </div>
    </form>
  );
}
