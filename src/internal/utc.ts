/**
 * The instant of a UTC calendar time, like `Date.UTC` for every year: `Date.UTC` reads years 0–99 as
 * 1900–1999, so .NET's `0001-01-01` "no date" would land in 1901. Months count from 0; out-of-range parts
 * roll over as in `Date.UTC`.
 */
export function utcOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year < 0 || year > 99) return Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.setUTCHours(hour, minute, second);
}
