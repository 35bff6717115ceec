/** Calendar arithmetic on plain year/month/day triples (UTC, no time zone surprises) and ISO / TimeML formatting. */

/** A calendar date: month 1–12, day 1–31. */
export interface CalDate {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, "0");

export const toUtc = (c: CalDate): Date => new Date(Date.UTC(c.y, c.m - 1, c.d));
export const fromUtc = (d: Date): CalDate => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

export function addDays(c: CalDate, days: number): CalDate {
  const t = toUtc(c);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Adds months, keeping the day within the target month (Mar 31 − 1 month = Feb 28). */
export function addMonths(c: CalDate, months: number): CalDate {
  const index = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(index / 12), m = (index % 12) + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export const weekdayOf = (c: CalDate): number => toUtc(c).getUTCDay();

/** Days from a to b (b − a). */
export const daysBetween = (a: CalDate, b: CalDate): number => Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 864e5);

export const isValidDate = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** ISO week-numbering year and week of a date. */
export function isoWeekOf(c: CalDate): { year: number; week: number } {
  const t = toUtc(c);
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 864e5 + 1) / 7);
  return { year, week };
}

/** The Monday of the ISO week holding the date. */
export const mondayOf = (c: CalDate): CalDate => addDays(c, -((weekdayOf(c) + 6) % 7));

export const formatYear = (y: number | undefined): string => (y === undefined ? "XXXX" : pad(y, 4));
export const formatMonth = (y: number | undefined, m: number): string => `${formatYear(y)}-${pad(m)}`;
export const formatDay = (y: number | undefined, m: number, d: number): string => `${formatMonth(y, m)}-${pad(d)}`;
export const formatDate = (c: CalDate): string => formatDay(c.y, c.m, c.d);
export const formatWeek = (c: CalDate): string => {
  const { year, week } = isoWeekOf(c);
  return `${pad(year, 4)}-W${pad(week)}`;
};

/** "+02:00", "-05:00", or "Z" for a UTC offset in minutes east of Greenwich. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The UTC offset (minutes east) of an IANA zone at noon UTC of a date, read from Intl; undefined for an unknown zone. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

export function zoneOffsetOn(zone: string, c: CalDate): number | undefined {
  try {
    let f = offsetFormats.get(zone);
    if (!f) offsetFormats.set(zone, (f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })));
    const part = f.formatToParts(new Date(Date.UTC(c.y, c.m - 1, c.d, 12))).find((p) => p.type === "timeZoneName")?.value ?? "";
    const m = part.match(/GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/);
    if (!m) return undefined;
    if (!m[1]) return 0;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  } catch {
    return undefined;
  }
}

/** Parses the date part of an ISO date or instant ("2022-02-27", "2022-02-27T14:26:00Z"). */
export function parseIsoDate(iso: string | undefined): CalDate | undefined {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return undefined;
  const c = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(c.y, c.m, c.d) ? c : undefined;
}

/**
 * The most recent year, not after `today`, in which `month`/`day` fell on `weekday` (0 = Sunday);
 * undefined when no year in the past 28 (one full calendar cycle) fits.
 */
export function yearFromWeekday(day: number, month: number, weekday: number, today: Date): number | undefined {
  const now = fromUtc(today);
  for (let y = now.y; y > now.y - 29; y--) {
    if (!isValidDate(y, month, day)) continue;
    const c = { y, m: month, d: day };
    if (daysBetween(c, now) < 0) continue;
    if (weekdayOf(c) === weekday) return y;
  }
  return undefined;
}
