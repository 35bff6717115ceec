/** Newsletter and e-mail sign-up prompts: "Subscribe To Our Daily Newsletter And Get News Delivered Straight To Your Inbox." */
import { looksLikeReporting, plain, type LineRule } from "./types.js";

const PROMPT = [
  /\b(subscribe|sign up|signup|register) (now |today |here )?(to|for) (our|the|a|my)\b.*\b(newsletter|bulletin|briefing|digest|emails?|alerts?|updates|inbox)\b/,
  /\b(get|receive|have) .{0,60}\b(delivered|sent) (straight |directly |right )?to your (inbox|email)/,
  /^(sign up|subscribe)( now| today| here)?( for free)?[.!:]?$/,
  /\b(newsletter|email) (sign[- ]?up|signup|subscription)\b/,
  /^(get|join) (our|the) .{0,40}newsletter/,
  /\benter your e-?mail( address)?\b/,
  /\bby (signing up|subscribing),? you (agree|acknowledge|consent)/,
  /^(thanks|thank you) for (signing up|subscribing)/,
  /\bsign up for (the )?.{0,50}'s? newsletter/,
  /^(download|get|install) (the|our) .{0,50}\bapp\b/,
  /^(sign up|subscribe|register)( now| today| here)? (for|to) ([\w'-]+ ){0,3}(newsletters?|e-?mails?|e-?mail alerts|alerts|bulletins?)\b/,
  /\b(unsubscribe at any time|no spam,? we promise|we will never share your (e-?mail|details))\b/,
];

export const newsletter: LineRule = {
  name: "newsletter",
  kind: "line",
  test: (line) => {
    if (line.words > 45) return false;
    const t = line.plain;
    return PROMPT.some((re) => re.test(t)) && !/\b(said|told|according to)\b/.test(t) && !(looksLikeReporting(line.text) && line.words > 25);
  },
};
