/**
 * The per-document NLP stages, in order: sentences → tokens → entity mentions (Title Case headlines refined, roles
 * attached) → time expressions.
 * Each stage is a pure function of the document and what the earlier stages found.
 */
import type { AnalysedDocument, Document, EntityMention } from "../types.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { recognizeEntities } from "./ner/index.js";
import { attachRoles } from "./roles.js";
import { refineHeadlineMentions } from "./headlines.js";
import { resolveReferences } from "./coref.js";
import { extractTimes } from "./time/index.js";
import { countryCode, geocode, zoneOfCountry } from "./geo/index.js";

export function analyseText(doc: Document): AnalysedDocument {
  const sentences = splitSentences(doc.text);
  const tokens = tokenize(doc.text, sentences);
  const named = refineHeadlineMentions(doc.text, sentences, tokens, recognizeEntities(doc.text, tokens));
  const roled = attachRoles(doc.text, tokens, named);
  const mentions = [...roled, ...resolveReferences(doc.text, tokens, roled)].sort((a, b) => a.start - b.start);
  return { doc, sentences, tokens, mentions, times: timesOf(doc, sentences, mentions) };
}

/**
 * The time expressions of an analysed report, normalized against its publication date. Re-run when a report's
 * date is learnt later, from the story it belongs to.
 */
export function timesOf(doc: Document, sentences: AnalysedDocument["sentences"], mentions: EntityMention[]): AnalysedDocument["times"] {
  const zoneOf = placeZones(mentions, sentences.length, (m) => sentenceOf(sentences, m.start));
  return extractTimes(doc.text, sentences, { docId: doc.id, published: doc.published, zoneOf });
}

function sentenceOf(sentences: { start: number; end: number }[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The time zone of the place each sentence is about, for "local time": the last place named in the sentence
 * or before it; a sentence before any place takes the report's first place.
 */
function placeZones(mentions: EntityMention[], sentenceCount: number, sentenceIndex: (m: EntityMention) => number): (i: number) => string | undefined {
  const zones: (string | undefined)[] = new Array(sentenceCount).fill(undefined);
  let first: string | undefined;
  for (const m of mentions) {
    if (m.type !== "location" || m.kind) continue; // "the hospital" places no sentence
    const zone = zoneOfPlace(m.text);
    if (!zone) continue;
    zones[sentenceIndex(m)] = zone;
    first ??= zone;
  }
  let last = first;
  for (let i = 0; i < sentenceCount; i++) last = zones[i] = zones[i] ?? last;
  return (i) => zones[i];
}

function zoneOfPlace(name: string): string | undefined {
  const cc = countryCode(name);
  if (cc) return zoneOfCountry(cc);
  return geocode(name)?.timezone;
}
