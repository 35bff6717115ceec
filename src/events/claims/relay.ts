/**
 * Relay chains: through which channel a claim was made and which reports relayed it, nearest first
 * ("X posted footage onto Facebook, BBC News reports" → Facebook, then BBC News).
 */
import type { AnalysedDocument } from "../../types.js";
import type { Attribution, Range } from "./attribute.js";
import { CHANNELS, isOutletName } from "./outlets.js";
import { mentionsIn, resolveSpeaker } from "./speakers.js";

type Att = Attribution & { sentence: number };

const CHANNEL_PHRASE = new RegExp(
  String.raw`\b(?:on|onto|via|to|in a (?:post|video|message|statement) (?:on|to))\s+(?:(?:his|her|its|their|the|an?|official)\s+){0,2}(` +
    CHANNELS.map((c) => c.replace(/ /g, "\\s+")).join("|") +
    String.raw`)\b(?!\s+(?:said|says|reported|reports))`,
  "g",
);
// "told the Interfax news agency", "in an interview with CNN", "speaking to Reuters"
const INTERVIEW_PHRASE = /\b(?:told|telling|tells|tell|interview with|speaking to|speaking with|spoke to|spoke with|talking to)\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s*){1,5}(?:news agency|agency|newspaper|television|TV|radio|channel)?)/gu;

const inside = (r: Range, outer: Range): boolean => outer.start <= r.start && r.end <= outer.end;

/** The channel named in the attribution's own clause: "posted … onto Facebook", "told the Interfax news agency". */
function channelOf(text: string, att: Att, sentence: Range): Range | undefined {
  const from = Math.min(att.cue.start, att.content.start, att.speaker?.start ?? Infinity);
  const to = Math.max(att.content.end, att.cue.end);
  const clause = text.slice(from, Math.min(to + 40, sentence.end));
  for (const m of clause.matchAll(CHANNEL_PHRASE)) {
    const start = from + m.index! + m[0].lastIndexOf(m[1]);
    return { start, end: start + m[1].length };
  }
  for (const m of clause.matchAll(INTERVIEW_PHRASE)) {
    const name = m[1].trim();
    if (!isOutletName(name)) continue;
    const start = from + m.index! + m[0].indexOf(m[1]);
    return { start, end: start + name.length };
  }
  return undefined;
}

const isOutletSpeaker = (a: AnalysedDocument, att: Att): boolean =>
  !!att.speaker && (isOutletName(a.doc.text.slice(att.speaker.start, att.speaker.end)) || mentionsIn(a, att.speaker).some((m) => isOutletName(m.text)));

/** The relay chain of every attribution, nearest first. */
export function chainsOf(a: AnalysedDocument, atts: Att[]): Range[][] {
  const text = a.doc.text;
  const sentenceOf = (att: Att): Range => a.sentences[att.sentence] ?? { start: att.content.start, end: att.content.end };
  let docRelay: Range | undefined; // an outlet's "X reports" covers what the report relays from there on
  const chains: Range[][] = [];
  const byOrder = atts.map((att, i) => ({ att, i })).sort((x, y) => x.att.cue.start - y.att.cue.start || x.att.content.start - y.att.content.start);
  const result: Range[][] = new Array(atts.length);
  const done: { att: Att; chain: Range[] }[] = [];
  for (const { att, i } of byOrder) {
    const chain: Range[] = [];
    const channel = channelOf(text, att, sentenceOf(att));
    // a channel inside a nested attribution's content belongs to that one ("…posted footage onto Facebook, BBC News reports")
    const nestedOwner = channel && atts.some((o) => o !== att && inside(o.cue, att.content) && channel.start >= o.cue.end && inside(channel, att.content));
    if (channel && !nestedOwner && !(att.speaker && inside(channel, att.speaker))) chain.push(channel);
    // a pronoun speaker continuing the previous sentence's speaker inherits that speaker's channel
    const ref = !channel && att.speaker ? resolveSpeaker(a, att.speaker) : undefined;
    if (ref) {
      const earlier = done.filter((d) => att.sentence - d.att.sentence <= 1 && d.att.speaker && (inside(ref, d.att.speaker!) || inside(d.att.speaker!, ref))).at(-1);
      if (earlier) chain.push(...earlier.chain.filter((r) => !docRelay || r.start !== docRelay.start));
    }
    // relays in the same sentence: attributions whose content holds this one ("…, BBC News reports")
    const outer = atts
      .filter((o) => o !== att && o.speaker && inside(att.cue, o.content) && (!att.speaker || inside(att.speaker, o.content)))
      .sort((x, y) => x.content.end - x.content.start - (y.content.end - y.content.start));
    for (const o of outer) if (o.speaker) chain.push(mentionsIn(a, o.speaker)[0] ?? o.speaker);
    if (docRelay && !chain.some((r) => r.start === docRelay!.start) && !(att.speaker && inside(docRelay, att.speaker))) chain.push(docRelay);
    result[i] = chain;
    // "BBC News reports" (present tense) frames the whole report; "…, Interfax reported" relays its own sentence only
    if (!docRelay && /^reports$/i.test(text.slice(att.cue.start, att.cue.end).trim()) && isOutletSpeaker(a, att) && !att.direct) docRelay = mentionsIn(a, att.speaker!)[0] ?? att.speaker;
    done.push({ att: ref ? { ...att, speaker: ref } : att, chain });
  }
  chains.push(...result);
  return chains;
}
