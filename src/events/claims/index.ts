/**
 * Claims and quotes with their attribution chains: who said what, through which channel and relays, and how sure
 * the text is of it. `extractClaims` reads one analysed document; the pipeline maps the ranges to entities.
 */
import type { AnalysedDocument } from "../../types.js";
import { attributeSentence, type Attribution, type Range } from "./attribute.js";
import { findQuotes } from "./quotes.js";
import { chainsOf } from "./relay.js";
import { certaintyOf } from "./certainty.js";
import { headNoun, isIndefinitePersonDescription, mentionsIn, resolveSpeaker, verblessQuotes } from "./speakers.js";

/** Descriptions of sources that news leaves unnamed on purpose. */
const UNNAMED_HEADS = new Set(["witness", "resident", "source", "analyst", "expert", "observer", "diplomat", "official", "officer", "neighbour", "neighbor", "bystander", "survivor", "relative", "friend", "person", "man", "woman", "employee", "worker"]);

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

/** Happenings that a verb like "continued" or "followed" can take as subject, but that never speak. */
const EVENT_NOUNS = /^(?:riots?|rioting|protests?|clash(?:es)?|fighting|war|violence|unrest|crisis|storm|fires?|attacks?|strikes?|demonstrations?|shelling|bombing|conflict|offensive|invasion|siege|battle)$/;

/** "As the riots have continued, more people…": a speech cue whose "speaker" is a happening is no attribution. */
function eventAsSpeaker(text: string, att: Attribution): boolean {
  if (!att.speaker || !att.entry || (att.entry.frame !== "speech" && att.entry.frame !== "tell")) return false;
  const words = text.slice(att.speaker.start, att.speaker.end).toLowerCase().trim().split(/\s+/);
  return words.length <= 4 && EVENT_NOUNS.test(headNoun(words));
}

/** Every attribution in the document, in text order. */
export function attributionsOf(a: AnalysedDocument): (Attribution & { sentence: number })[] {
  const text = a.doc.text;
  const quotes = findQuotes(text);
  const out: (Attribution & { sentence: number })[] = [];
  for (const s of a.sentences)
    for (const att of attributeSentence(text, s.start, s.end, quotes)) if (!eventAsSpeaker(text, att)) out.push({ ...att, sentence: s.index });
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
    // "a witness", "a resident", "a source" usually stay unnamed: such a description takes a later name only when
    // that person is described the same way
    const head = headNoun(text.slice(c.speakerSpan.start, c.speakerSpan.end).toLowerCase().trim().split(/\s+/));
    if (UNNAMED_HEADS.has(head) && !person.description?.toLowerCase().includes(head)) return;
    c.speakerRef = { start: person.start, end: person.end };
    if (!c.via.length) c.via = claims[later].via.slice();
  });
}
