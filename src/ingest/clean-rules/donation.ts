/**
 * Donation pleas aimed at the reader: "If you would like to donate to the Red Cross Emergency Appeal, … click here
 * for more information". A report that a company donated money is news, so the rule wants the reader addressed
 * (you, your, please, click) and no reporting verb.
 */
import type { LineRule } from "./types.js";

const DONATE = /\b(donat(e|ing|ion|ions)|give|giving|contribut(e|ion)|chip in|tip jar|support us)\b/;
const ADDRESSED = /\b(if you (would like|wish|want|can)|you can (help|donate|give|support)|please (donate|give|consider|support|help)|click (here|the link|below)|tap here|donate (now|today|here)|make a (donation|gift|contribution)|how (you|to) (can )?(help|donate))\b/;

export const donation: LineRule = {
  name: "donation",
  kind: "line",
  test: (line) => {
    if (line.words > 70) return false;
    const t = line.plain;
    if (/\b(said|says|told|according to|reported)\b/.test(t) || /["\u201c\u201d]/.test(line.text)) return false;
    return (DONATE.test(t) && ADDRESSED.test(t)) || /^(donate|donate now|make a donation|give now)[.!]?$/.test(t);
  },
};
