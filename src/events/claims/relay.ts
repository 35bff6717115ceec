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
const isReportCue = (text: string, att: Att): boolean => /^(?:reports?|reported|reporting)$/i.test(text.slice(att.cue.start, att.cue.end).trim());

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
  let previous: { att: Att; chain: Range[] } | undefined;
  for (const { att, i } of byOrder) {
    const chain: Range[] = [];
    const channel = channelOf(text, att, sentenceOf(att));
    if (channel && !(att.speaker && inside(channel, att.speaker))) chain.push(channel);
    // a pronoun speaker continuing the previous sentence's speaker inherits that speaker's channel
    if (!channel && previous && att.speaker && att.sentence - previous.att.sentence <= 1 && previous.chain.length) {
      const ref = resolveSpeaker(a, att.speaker);
      const prevSpeaker = previous.att.speaker;
      if (ref && prevSpeaker && (inside(ref, prevSpeaker) || inside(prevSpeaker, ref))) chain.push(...previous.chain.filter((r) => !docRelay || r.start !== docRelay.start));
    }
    // relays in the same sentence: attributions whose content holds this one ("…, BBC News reports")
    const outer = atts
      .filter((o) => o !== att && o.speaker && inside(att.cue, o.content) && (!att.speaker || inside(att.speaker, o.content)))
      .sort((x, y) => x.content.end - x.content.start - (y.content.end - y.content.start));
    for (const o of outer) if (o.speaker) chain.push(mentionsIn(a, o.speaker)[0] ?? o.speaker);
    if (docRelay && !chain.some((r) => r.start === docRelay!.start) && !(att.speaker && inside(docRelay, att.speaker))) chain.push(docRelay);
    result[i] = chain;
    if (isReportCue(text, att) && isOutletSpeaker(a, att) && !att.direct) docRelay = mentionsIn(a, att.speaker!)[0] ?? att.speaker;
    if (att.speaker && !/^(?:he|she|they|it|i|we)$/i.test(text.slice(att.speaker.start, att.speaker.end))) previous = { att, chain };
    else if (previous && att.speaker) previous = { att: { ...att, speaker: previous.att.speaker }, chain: previous.chain };
  }
  chains.push(...result);
  return chains;
}
