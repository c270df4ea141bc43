"use client";

import { useEffect } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldShell, describedBy } from "./field-shell";

/**
 * The time zone, preset to the browser's own so "today" matches the person's day without them
 * having to think about it.
 */
export function TimezoneSelect(props: {
  zones: string[];
  registration: UseFormRegisterReturn;
  error?: string;
  onDetected: (zone: string) => void;
}) {
  const { zones, registration, error, onDetected } = props;
  const id = `field-${registration.name}`;
  const hint = "We use it to know when your day starts and ends.";

  useEffect(() => {
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (detected && zones.includes(detected)) onDetected(detected);
  }, [zones, onDetected]);

  return (
    <FieldShell id={id} label="Time zone" hint={hint} error={error} required>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        {...registration}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
