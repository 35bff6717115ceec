/**
 * Claims and quotes with their attribution chains: who said what, through which channel and relays, and how sure
 * the text is of it. `extractClaims` reads one analysed document; the pipeline maps the ranges to entities.
 */
import type { AnalysedDocument } from "../../types.js";
import { attributeSentence, type Attribution, type Range } from "./attribute.js";
import { findQuotes } from "./quotes.js";
import { chainsOf } from "./relay.js";
import { certaintyOf } from "./certainty.js";
import { isIndefinitePersonDescription, mentionsIn, resolveSpeaker, verblessQuotes } from "./speakers.js";

export type { Range } from "./attribute.js";

export type ClaimCertainty = "confirmed" | "reported" | "claimed" | "disputed" | "denied";

export interface ClaimMention {
  cue: string; // "said", "according to", "posted"; "" for a quote with no verb
  cueSpan?: Range;
  content: string;
  contentSpan: Range;
  speakerSpan?: Range; // the speaker as written here ("Anton Herashchenko", "he")
  speakerRef?: Range; // for a pronoun or description, the named mention it refers to (from a.mentions)
  direct: boolean;
  via: Range[]; // channels and relays, nearest first
  certainty: ClaimCertainty;
  evidence: Range; // the sentence(s) holding the claim
}

/** Every attribution in the document, in text order. */
export function attributionsOf(a: AnalysedDocument): (Attribution & { sentence: number })[] {
  const text = a.doc.text;
  const quotes = findQuotes(text);
  const out: (Attribution & { sentence: number })[] = [];
  for (const s of a.sentences) for (const att of attributeSentence(text, s.start, s.end, quotes)) out.push({ ...att, sentence: s.index });
  for (const att of verblessQuotes(a, quotes, out)) out.push(att);
  return out.sort((x, y) => x.content.start - y.content.start);
}

export function extractClaims(a: AnalysedDocument): ClaimMention[] {
  const text = a.doc.text;
  const atts = attributionsOf(a);
  const vias = chainsOf(a, atts);
  const claims = atts.map((att, i) => {
    const sentences = a.sentences.filter((s) => s.start < Math.max(att.content.end, att.cue.end) && Math.min(att.content.start, att.cue.start) < s.end);
    const evidence = sentences.length ? { start: sentences[0].start, end: sentences.at(-1)!.end } : { start: att.content.start, end: att.content.end };
    const speakerRef = att.speaker ? resolveSpeaker(a, att.speaker) : undefined;
    return {
      cue: att.cue.end > att.cue.start ? text.slice(att.cue.start, att.cue.end) : "",
      cueSpan: att.cue.end > att.cue.start ? att.cue : undefined,
      content: text.slice(att.content.start, att.content.end),
      contentSpan: att.content,
      speakerSpan: att.speaker,
      speakerRef,
      direct: att.direct,
      via: vias[i],
      certainty: certaintyOf(a, att, vias[i]),
      evidence,
    };
  });
  namedLater(a, atts, claims);
  return claims;
}

/**
 * "…, according to an adviser to the interior minister. […] Anton Herashchenko posted footage onto Facebook": news
 * often names an indefinitely described source in a following sentence. The description then refers to the person
 * speaking there, and the claim travels through the same channel and relays.
 */
function namedLater(a: AnalysedDocument, atts: (Attribution & { sentence: number })[], claims: ClaimMention[]): void {
  const text = a.doc.text;
  atts.forEach((att, i) => {
    const c = claims[i];
    if (!c.speakerSpan || c.speakerRef || !isIndefinitePersonDescription(text.slice(c.speakerSpan.start, c.speakerSpan.end))) return;
    const later = atts.findIndex((o, k) => k !== i && o.sentence > att.sentence && o.sentence - att.sentence <= 2 && !!claims[k].speakerSpan &&
      mentionsIn(a, claims[k].speakerSpan!).some((m) => m.type === "person"));
    if (later < 0) return;
    const person = mentionsIn(a, claims[later].speakerSpan!).find((m) => m.type === "person")!;
    c.speakerRef = { start: person.start, end: person.end };
    if (!c.via.length) c.via = claims[later].via.slice();
  });
}
