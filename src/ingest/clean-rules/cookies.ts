/**
 * Cookie, consent and legal-link notices: "We use cookies to …", "By continuing to use this site you agree …",
 * "Accept all", "Privacy Policy | Terms of Use". The long forms address the reader about this site; the short forms
 * are link labels, so a news sentence about a company's privacy policy is left alone.
 */
import type { LineRule } from "./types.js";

const NOTICE = [
  /\b(we|this (site|website)|our (site|website|partners)) (and our partners )?(use|uses) cookies\b/,
  /\bby (continuing to (use|browse)|using) (this|our) (site|website|service)/,
  /\bwe (value|care about) your privacy\b/,
  /\b(we|this site) may (earn|receive) (a|an)? ?(small )?(affiliate )?commission\b/,
];
const LINK_LABEL = [
  /^(accept|accept all|accept cookies|reject all|i agree|got it|manage (cookies|preferences|settings)|cookie settings|allow all|necessary only)[.!]?$/,
  /\b(privacy policy|cookie policy|cookies? settings|terms of (use|service)|terms and conditions|terms & conditions|do not sell my (personal )?(info|information)|your (california )?privacy (rights|choices)|privacy notice|ad ?choices|accessibility statement|contact us|about us|site ?map)\b/,
];

export const cookies: LineRule = {
  name: "cookies",
  kind: "line",
  test: (line) => {
    const t = line.plain;
    if (/\b(said|says|told|according to)\b/.test(t)) return false;
    if (line.words <= 60 && NOTICE.some((re) => re.test(t))) return true;
    return line.words <= 12 && !line.endsSentence && LINK_LABEL.some((re) => re.test(t));
  },
};
