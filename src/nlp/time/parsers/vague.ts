/** Vague references to the present, past and future: "now", "currently", "recently", "in the past", "the future", "soon". */
import type { Env, TimeParser } from "../candidate.js";
import { vagueValue, type VagueRef } from "../values.js";
import { after, before, regexParser } from "./regex.js";

const words: [string, VagueRef][] = [
  [String.raw`now|right now|currently|current|presently|at present|nowadays|these days|at the moment|at this time|the present|present-day`, "PRESENT_REF"],
  // "the then-current price": current at a time now past
  [String.raw`recently|more recently|lately|in the past|the past|earlier times|past years|once upon a time|then[- ]current`, "PAST_REF"],
  [String.raw`soon|the future|the near future|the distant future|future (?:quarters|years)|one day|someday|in due course|the (?:near|short|long|longer) term`, "FUTURE_REF"],
];

export const vagueRefs: TimeParser[] = words.map(([pattern, ref]) =>
  regexParser(`vague-${ref}`, pattern, 3, (m, text) => {
    const w = m[0].toLowerCase();
    const next = after(text, m.index + m[0].length, 16);
    const prev = before(text, m.index, 16);
    if (w === "soon" && (/^\s+as\b/.test(next) || /\bas\s+$/.test(prev))) return undefined; // "as soon as possible"
    if (w === "now" && /^\s*(?:defunct|-)/.test(next)) return undefined; // "now-defunct"; "now that" still dates the clause (TimeML marks it)
    if (w === "current" && /^\s+(?:account|affairs|events|state)/.test(next)) return undefined;
    if (w === "present" || w === "the present") return undefined;
    if (w === "future" && /^\s+(?:of|tense)\b/.test(next)) return undefined;
    if (w === "one day" && !/(?:will|would|could|might|may|hope|hopes|dream)\s+(?:\w+\s+)?$/.test(prev)) return undefined; // "one day" is also a length
    if (w === "recent" && /^\s+(?:days|weeks|months|years|quarters)/.test(next)) return undefined; // a vague duration
    if (w === "the past" && /^\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d|week|month|year|decade|day)/.test(next)) return undefined;
    return (env: Env) => vagueValue(ref, env.ref);
  }),
);
