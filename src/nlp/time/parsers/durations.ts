/**
 * Lengths of time: "two weeks", "210 years", "a decade", "five-hour", "5 1/2 hours", "the past two months",
 * "the first nine months", "several years", "weeks", and a count of days into something ("its fifth day").
 */
import type { TimeParser } from "../candidate.js";
import { NUMBER, ORDINAL, UNIT, numberValue, ordinalValue, unitOf } from "../lexicon.js";
import { durationValue, hoursMinutesValue, vagueValue, type DurationUnit } from "../values.js";
import { after, before, regexParser } from "./regex.js";

const HEDGE = String.raw`(?:(?:about|almost|nearly|some|more than|less than|fewer than|just over|just under|over|under|roughly|around|only|at least|at most|up to|no more than|a further|another|an additional|the)\s+)?`;
const SPAN_LEAD = String.raw`(?:(?:the\s+)?(?:past|last|next|coming|first|previous|following|final|latest|remaining|same|full|entire|whole)\s+)?`;

/** A count and unit as an ISO duration; fractions of hours and years are spelled out in the smaller unit. */
function countedDuration(n: number, unit: DurationUnit) {
  if (Number.isInteger(n)) return durationValue(n, unit);
  if (unit === "hour") return hoursMinutesValue(Math.floor(n), Math.round((n % 1) * 60));
  if (unit === "minute") { const iso = `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`; return { ...durationValue(n, unit), value: { start: iso, precision: "minute" as const, timex: iso, inferred: false } }; }
  if (unit === "year") { const iso = `P${Math.floor(n)}Y${Math.round((n % 1) * 12)}M`; return { ...durationValue(n, unit), value: { start: iso, precision: "year" as const, timex: iso, inferred: false } }; }
  if (unit === "day") { const iso = `P${Math.floor(n)}DT${Math.round((n % 1) * 24)}H`; return { ...durationValue(n, unit), value: { start: iso, precision: "day" as const, timex: iso, inferred: false } }; }
  return durationValue(Math.round(n), unit);
}

export const durations: TimeParser[] = [
  // "two weeks", "the past two months", "five-hour", "about 210 years", "a decade", "the next 12 to 18 months"
  regexParser(
    "counted-duration",
    String.raw`${HEDGE}${SPAN_LEAD}(${NUMBER}|(?:a\s+)?couple\s+of)(?:\s+(?:to|or|-)\s+(?:${NUMBER}))?(?:\s+more)?[\s-]+(?:trading\s+|business\s+|working\s+)?(${UNIT}|quarters)(?:-long)?`,
    3,
    (m, text) => {
      const unit = unitOf(m[2]);
      if (!unit) return undefined;
      if (unit === "second" && /^(?:a|an)$/i.test(m[1])) return undefined; // "a second blast": an ordinal
      // "two quarters" of a year are a length (P2Q); "three-quarters", "three quarters of the vote" are fractions
      if (unit === "quarter" && (/-quarters/i.test(m[0]) || /^\s+of\b/i.test(after(text, m.index + m[0].length, 5)))) return undefined;
      if (/^[A-Z]/.test(m[2])) return undefined; // "60 Minutes": a title
      if (/^hours$/i.test(m[2]) && /^[012]\d[0-5]\d$/.test(m[1])) return undefined; // "1100 hours": a military clock, not a length

      // ages ("a five-year-old boy") are not time expressions in news annotation
      if (/^[\s-]+old\b/i.test(after(text, m.index + m[0].length, 8))) return undefined;
      const n = /couple/i.test(m[1]) ? 2 : numberValue(m[1]);
      if (n === undefined) return undefined;
      return () => countedDuration(n, unit);
    },
  ),
  // "the past decade", "the last century": a stretch of ten or a hundred years up to now
  regexParser("past-decade", String.raw`(?:the\s+)?(?:past|last|next|coming)\s+(decade|century)`, 3, (m) => {
    const unit = unitOf(m[1])!;
    return () => durationValue(1, unit);
  }),
  // "an additional year", "another week", "a further month": one more unit (the counted parser needs a number)
  regexParser("one-more-unit", String.raw`(?:another|an\s+additional|a\s+further|an\s+extra)\s+(second|minute|hour|day|week|month|year|decade)(?![-\w])`, 3, (m) => {
    const unit = unitOf(m[1])!;
    return () => durationValue(1, unit);
  }),
  // "half an hour", "half a day", "an hour and a half", "a minute and a half"
  regexParser("half-unit", String.raw`half\s+an?\s+(hour|day|year|century)|an?\s+(minute|hour|day|year)\s+and\s+a\s+half`, 3, (m) => {
    const unit = unitOf(m[1] ?? m[2])!;
    const n = m[1] ? 0.5 : 1.5;
    return () => countedDuration(n, unit);
  }),
  // "several years", "a few days", "the next few weeks", "recent months", "years", "decades-long"
  regexParser(
    "vague-duration",
    String.raw`${SPAN_LEAD}(?:(several|a few|few|many|some|recent|coming|the)\s+)?(seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?:-long)?`,
    2,
    (m, text) => {
      const unit = unitOf(m[2])!;
      if (/^\s+(?:ago|old|earlier|later)\b/i.test(after(text, m.index + m[0].length, 10))) return undefined;
      if (unit === "quarter" && /^(?:the\s+)?quarters$/i.test(m[0])) return undefined;
      if (!m[1] && /\d[\s-]*$/.test(before(text, m.index, 3))) return undefined; // a count the counted parser judged ("1100 hours") // "the second and fourth quarters": a list of quarters
      if (/^[\s-]+old\b/i.test(after(text, m.index + m[0].length, 8))) return undefined;
      // a bare plural that measures a gap between two events ("minutes apart", "seconds before the blast", "days
      // when prices fall") or a quantity ("a matter of months", "hundreds of years", "by decades") is not a time
      const bare = m[0].toLowerCase() === m[2].toLowerCase();
      if (bare && (/^\s+(?:apart|before|after|when)\b/i.test(after(text, m.index + m[0].length, 8)) ||
        /\b(?:matter\s+of|hundreds\s+of|thousands?\s+of|thousand|hundred|by)\s+$/i.test(before(text, m.index, 16)))) return undefined;
      const u: DurationUnit = unit === "decade" || unit === "century" ? "year" : unit;
      // "in recent years" is the recent past as a whole (TimeML PAST_REF); "recent weeks" stays a vague length
      if (/^recent$/i.test(m[1] ?? "") && u === "year" && !/^\s+(?:the|past|last)/i.test(m[0])) return () => vagueValue("PAST_REF");
      // and "in coming months", "for coming quarters" the near future as a whole (FUTURE_REF); "the coming weeks" a length
      if (/^coming\s+\w+$/i.test(m[0]) && (u === "month" || u === "quarter" || u === "year")) return () => vagueValue("FUTURE_REF");
      return () => durationValue(undefined, u);
    },
  ),
  // "its fifth day", "their third week": how long something has lasted
  regexParser("nth-unit", String.raw`(?:its|their)\s+(${ORDINAL})\s+(day|week|month|year)(?![-\w])`, 3, (m) => {
    const n = ordinalValue(m[1]);
    const unit = unitOf(m[2]);
    if (!n || !unit) return undefined;
    return () => durationValue(n, unit);
  }),
];
