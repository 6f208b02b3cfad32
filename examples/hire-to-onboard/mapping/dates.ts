/**
 * The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone. ATS systems send start and
 * birth dates as instants (Moka: `2018-09-20T12:58:17.000Z`); Feishu wants a date. Which day an
 * instant falls on depends on the zone, so the zone comes from the mapping configuration.
 * Returns undefined for a value that is not a readable time.
 */
export function dateInZone(instant: string, timeZone: string): string | undefined {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return undefined;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(time),
  );
}

/** Whether `value` is a real `YYYY-MM-DD` date (what Feishu's date fields take). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whether `timeZone` is an IANA zone this runtime knows, e.g. `Asia/Shanghai`. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}
