const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A wait as people say it: "under a minute", "20 min", "1 h 5 min", and past a day "2 d 3 h". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return "under a minute";
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const hours = Math.round(ms / HOUR);
  const [days, rest] = [Math.floor(hours / 24), hours % 24];
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}
