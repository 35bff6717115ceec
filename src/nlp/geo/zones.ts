/** UTC offsets of IANA time zones at a given instant, from the runtime's own time-zone data (Intl). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // "longOffset" writes the offset itself ("GMT+02:00", "GMT-03:30", or "GMT" at zero), whatever the zone.
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC in this IANA zone at this instant: ("Europe/Kiev", a July date) → 180, (a January date) → 120. Throws on an unknown zone. */
export function offsetMinutes(zone: string, at: Date): number {
  const part = formatterOf(zone).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = part.match(/^(?:GMT|UTC)(?:([+-−])(\d{1,2})(?::?(\d{2}))?)?$/);
  if (!m) throw new Error(`geo: cannot read the offset "${part}" of ${zone}`);
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "+" ? minutes : -minutes;
}
