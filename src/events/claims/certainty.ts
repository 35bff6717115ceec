/** How sure the text is of a claim, as the contract defines it: confirmed, reported, claimed, disputed or denied. */
import type { AnalysedDocument } from "../../types.js";
import type { Attribution, Range } from "./attribute.js";
import type { ClaimCertainty } from "./index.js";
import { isOutletName } from "./outlets.js";

const DENY = new Set(["deny", "reject", "dismiss"]);
const DISPUTE = new Set(["dispute", "question", "challenge"]);
// hearsay marks and unverified status: the claim stands on its claimant's word
const HEDGE = /\b(?:reportedly|allegedly|purportedly|supposedly|unconfirmed|unverified|(?:yet|has yet|have yet) to be (?:independently )?(?:confirmed|verified)|could not (?:be )?(?:independently )?(?:confirm|verify|verified|confirmed)|(?:has|have) not been (?:independently )?(?:confirmed|verified)|without (?:providing |offering )?evidence|claim(?:ed|s)?)\b/i;
const CONFIRMED = /\b(?:confirmed|confirms|verified)\b/i;

export function certaintyOf(a: AnalysedDocument, att: Attribution & { sentence: number }, via: Range[]): ClaimCertainty {
  const text = a.doc.text;
  const lemma = att.entry?.cue ?? "";
  if (DENY.has(lemma)) return "denied";
  if (DISPUTE.has(lemma)) return "disputed";
  const sentence = a.sentences[att.sentence];
  const evidence = sentence ? text.slice(sentence.start, sentence.end) : text.slice(att.content.start, att.content.end);
  if (att.entry?.frame === "hedge" || HEDGE.test(evidence.replace(text.slice(att.content.start, att.content.end), (m) => (att.direct ? "" : m)))) return "claimed";
  if (lemma === "confirm" || (CONFIRMED.test(text.slice(att.cue.start, att.cue.end + 12)) && !!att.speaker)) return "confirmed";
  const speaker = att.speaker ? text.slice(att.speaker.start, att.speaker.end) : "";
  if ((!speaker || isOutletName(speaker)) && (lemma === "report" || !speaker)) return "reported";
  if (isOutletName(speaker)) return "reported";
  return "claimed";
}
