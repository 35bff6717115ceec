/**
 * Membership, subscription and paywall pitches: "(At The Quint, we are answerable only to our audience. … becoming
 * a member.)", "Support independent journalism", "Already a subscriber? Log in", "PREMIUM". A pitch speaks to the
 * reader about the outlet itself; a news sentence that mentions members or subscribers reports someone else.
 */
import type { LineRule } from "./types.js";

const PITCH = [
  /\b(by )?becom(e|ing) (a|an) (member|subscriber|supporter|patron|insider|digital subscriber)\b/,
  /\b(support|fund|back) (our|independent|quality|local|fearless|free) (journalism|reporting|work|newsroom)\b/,
  /\b(our|your) (membership|subscription) (helps|supports|makes|keeps)\b/,
  /\bwe are answerable only to\b/,
  /\b(already a (subscriber|member)|subscribe to (continue|read|unlock|get (full|unlimited) access)|subscriber[- ]only|for subscribers only|members[- ]only (content|article|story))\b/,
  /\b(unlock|get) (unlimited|full|digital) access\b/,
  /\byou('ve| have) (reached|read) (your|the) (limit|\d+ free|free)/,
  /\b(free articles?|articles?) (left|remaining) this month\b/,
  /\bbecause the truth is worth it\b/,
  /^(become a member|join now|subscribe now|subscribe|log ?in|sign ?in|register|my account|premium|exclusive|plus|members only|subscriber exclusive|login \/ register|sign in \/ register|subscribe sign in|log in \/ subscribe)[.!]?$/,
  /\b(support|contribute to) (us|the guardian|our work) (today|from as little as|with)\b/,
  /\bplay an active role in shaping our journalism\b/,
];

export const membership: LineRule = {
  name: "membership",
  kind: "line",
  test: (line) => {
    if (line.words > 70) return false;
    const t = line.plain.replace(/^[(\[]|[)\]]$/g, "");
    if (/\b(said|says|told|according to)\b/.test(t)) return false;
    return PITCH.some((re) => re.test(t));
  },
};
