import type { AuditPerson, AuditRow } from "@/lib/admin/audit/audit-trail";

// What a row of the trail shows, shared by the table (wide screens) and the cards (phones).

/** Someone a row names: their name, or the number of an account that has since gone. */
export function Person({ person, none, withRole = false }: { person: AuditPerson | null; none: string; withRole?: boolean }) {
  if (!person) return <span className="text-muted">{none}</span>;
  if (person.name === null) return <span className="text-muted">Deleted account #{person.id}</span>;
  return (
    <>
      {person.name}
      <span className="block text-xs text-muted">
        {withRole && person.role ? `${person.role} · ` : ""}#{person.id}
      </span>
    </>
  );
}

export function Target({ target }: { target: AuditRow["target"] }) {
  if (!target) return <span className="text-muted">–</span>;
  const label = `${target.type}${target.id === null ? "" : ` #${target.id}`}`.trim();
  return (
    <>
      {label}
      {target.name && <span className="block text-xs text-muted">{target.name}</span>}
    </>
  );
}

// The word says the outcome; the colour only repeats it.
export function OutcomeBadge({ outcome }: { outcome: AuditRow["outcome"] }) {
  const style = outcome === "denied" ? "border-warn bg-red-50 text-warn" : "border-calm-200 bg-calm-50 text-calm-800";
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${style}`}>{outcome === "denied" ? "Denied" : "Allowed"}</span>
  );
}

export const NO_ONE = "No one signed in";
