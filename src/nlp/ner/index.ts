/**
 * Named-entity recognition: the trained tagger (persons, organisations, locations, other names), then the
 * lexicon layer that news after 1996 needs: groups ("Russian troops", "separatists"), weapons ("Iskander
 * missiles"), institutions and platforms a 1990s newswire model never saw, and institution names written in lower
 * case ("Russia's defence ministry", "the UN international court of justice").
 */
import type { EntityMention, EntityType, Token } from "../../types.js";
import { appendTagColumn, chunksToIob2, parseConllLines, readConllDocuments, type Chunk } from "./conll.js";
import { defaultLexicon, type Lexicon, type LexiconMatch } from "./lexicon.js";
import { defaultModel, documentViewsOf, tagDocument, type NerModel } from "./model.js";
import { institutionSpans } from "./institutions.js";

export { defaultModel, tagDocument } from "./model.js";
export { defaultLexicon } from "./lexicon.js";

const MODEL_TYPES: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "location", MISC: "other" };

/** Curly quotes and apostrophes as the newswire the model learnt from writes them. */
const TYPOGRAPHIC = /[“”„‘’‚–—]/;
export function normaliseWord(w: string): string {
  // Nearly every word has none of these characters (all at U+2013 or above): a character scan avoids a regex per token.
  let high = false;
  for (let i = 0; i < w.length && !high; i++) high = w.charCodeAt(i) >= 0x2013;
  if (!high || !TYPOGRAPHIC.test(w)) return w;
  return w.replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'").replace(/[–—]/g, "-");
}

/** Words a person chunk must not start with: titles and honorifics are roles, not names. */
const TITLE_WORDS = new Set([
  "president", "minister", "prime", "foreign", "defence", "defense", "interior", "deputy", "vice", "chancellor",
  "secretary", "general", "gen.", "gen", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain", "capt.",
  "sergeant", "sgt.", "admiral", "adm.", "commander", "governor", "gov.", "mayor", "senator", "sen.", "rep.",
  "representative", "judge", "justice", "ambassador", "envoy", "king", "queen", "prince", "princess", "pope", "sheikh",
  "emir", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "sir", "lord", "lady", "dame",
  "chairman", "chairwoman", "speaker", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "chief", "head",
  "premier", "presidential", "former", "late", "st.", "saint", "rev.", "reverend", "father", "bishop", "archbishop",
  "cardinal", "ayatollah", "imam", "rabbi", "mufti", "comrade", "marshal", "field", "officer", "inspector", "detective",
]);

/**
 * The entity mentions of a document. `tokens` are the document's tokens (offsets into `text`, sentence index);
 * mentions come back in text order with offsets into `text`.
 */
export function recognizeEntities(text: string, tokens: Token[], model?: NerModel, lexicon: Lexicon = defaultLexicon()): EntityMention[] {
  const sentences = groupBySentence(tokens);
  const words = sentences.map((s) => s.map((t) => normaliseWord(t.text)));
  // Each word is looked up once per token (its view), and the lexicons are matched once per sentence: the tagger's
  // features and the lexicon layer read the same matches.
  const tagger = model ?? defaultModel();
  const views = documentViewsOf(words, tagger);
  const matches = words.map((w, si) => lexicon.match(w, views[si]));
  const chunks = tagDocument(words, tagger, lexicon, matches, views);
  const mentions: EntityMention[] = [];
  sentences.forEach((toks, si) => {
    const found = sentenceMentions(toks, words[si], chunks[si], lexicon, matches[si]);
    for (const m of found) mentions.push({ start: toks[m.start].start, end: toks[m.end - 1].end, text: text.slice(toks[m.start].start, toks[m.end - 1].end), type: m.type });
  });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

interface TypedChunk {
  start: number;
  end: number;
  type: EntityType;
}

function groupBySentence(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let last: number | undefined;
  for (const t of tokens) {
    if (t.sentence !== last || !out.length) out.push([]);
    out[out.length - 1].push(t);
    last = t.sentence;
  }
  return out;
}

/** Model chunks, titles stripped, then the lexicon layer on top. */
export function sentenceMentions(tokens: Token[] | undefined, words: string[], chunks: Chunk[], lexicon: Lexicon, matches: LexiconMatch[] = lexicon.match(words)): TypedChunk[] {
  let out: TypedChunk[] = chunks.map((c) => ({ start: c.start, end: c.end, type: MODEL_TYPES[c.type] ?? "other" }));
  out = out.map((c) => (c.type === "person" ? stripTitles(c, words) : c)).filter((c): c is TypedChunk => !!c);
  out = applyWeapons(out, words, matches);
  out = applyGroups(out, words, matches);
  out = applyOrganizations(out, words, matches);
  for (const span of institutionSpans(words, matches)) {
    // Inside a name already found ("UN international court of justice") the pattern adds nothing.
    if (out.some((c) => c.type === "organization" && c.start <= span.start && c.end >= span.end)) continue;
    out = overlay(out, { ...span, type: "organization" });
  }
  return out.sort((a, b) => a.start - b.start);
}

function stripTitles(c: TypedChunk, words: string[]): TypedChunk | undefined {
  let start = c.start;
  while (start < c.end - 1 && TITLE_WORDS.has(words[start].toLowerCase())) start++;
  if (start === c.end - 1 && TITLE_WORDS.has(words[start].toLowerCase())) return undefined;
  return { ...c, start };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Puts a lexicon span in place of the model chunks it overlaps. */
function overlay(chunks: TypedChunk[], span: TypedChunk): TypedChunk[] {
  return [...chunks.filter((c) => !overlaps(c, span)), span];
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);

/** "Iskander missiles", "Javelin anti-tank missiles", "cruise missiles": a weapon system and the nouns after it. */
function applyWeapons(chunks: TypedChunk[], words: string[], matches: LexiconMatch[]): TypedChunk[] {
  const nounEnds = new Map<number, number>();
  for (const m of matches) if (m.entry.type === "weapon-noun") nounEnds.set(m.start, Math.max(nounEnds.get(m.start) ?? 0, m.end));
  let out = chunks;
  for (const m of longestFirst(matches.filter((x) => x.entry.type === "weapon"))) {
    // A capitalised system name must be written capitalised ("Patriot", not "patriot"); generic classes need no capital.
    if (isCap(m.entry.phrase) && !isCap(words[m.start])) continue;
    let end = m.end;
    while (nounEnds.has(end)) end = nounEnds.get(end)!;
    // A bare name that is also a common word or a place ("Tornado", "Buk") is a weapon only with a weapon noun or a model-free span.
    const modelSaysOther = chunks.some((c) => c.start === m.start && c.end === m.end && c.type !== "other");
    if (end === m.end && modelSaysOther) continue;
    if (out.some((c) => c.type === "weapon" && overlaps(c, { start: m.start, end }))) continue;
    out = overlay(out, { start: m.start, end, type: "weapon" });
  }
  return out;
}

/** "Russian troops", "Ukrainian", "separatists": nationalities and armed or political groups. */
function applyGroups(chunks: TypedChunk[], words: string[], matches: LexiconMatch[]): TypedChunk[] {
  const nounEnds = new Map<number, number>();
  for (const m of matches) if (m.entry.type === "group-noun") nounEnds.set(m.start, Math.max(nounEnds.get(m.start) ?? 0, m.end));
  let out = chunks;
  for (const m of longestFirst(matches.filter((x) => x.entry.lexicon === "demonyms"))) {
    if (!isCap(words[m.start])) continue;
    const covering = out.find((c) => overlaps(c, m));
    // A nationality inside a longer name stays there: "Russian Defence Ministry", "Ukrainian Football Federation".
    if (covering && covering.type !== "other" && covering.type !== "group") continue;
    if (covering && (covering.start < m.start || covering.end > m.end)) continue;
    const end = nounEnds.get(m.end) ?? m.end;
    out = overlay(out, { start: m.start, end, type: "group" });
  }
  for (const m of matches) {
    if (m.entry.lexicon !== "groups" || m.entry.type !== "group") continue;
    if (out.some((c) => overlaps(c, m))) continue;
    out = [...out, { start: m.start, end: m.end, type: "group" }];
  }
  return out;
}

/** Institutions, outlets and platforms the lexicons know, where the model found nothing or only "other". */
function applyOrganizations(chunks: TypedChunk[], words: string[], matches: LexiconMatch[]): TypedChunk[] {
  let out = chunks;
  for (const m of longestFirst(matches)) {
    const e = m.entry;
    const multi = m.end - m.start >= 3;
    let type: EntityType | undefined = e.type === "organization" ? "organization" : undefined;
    // "X" and "Signal" are platforms only where the text says they carry a message: "on X", "via Telegram".
    if (e.type === "platform-ambiguous" && m.start > 0 && /^(on|via|through)$/i.test(words[m.start - 1])) type = "organization";
    if (!type) continue;
    // Proper names count where written capitalised; a long name may come in lower case ("international court of justice").
    if (!isCap(words[m.start]) && !multi) continue;
    const covering = out.filter((c) => overlaps(c, m));
    if (covering.some((c) => c.type !== "other" && (c.start < m.start || c.end > m.end))) continue;
    // The model's own type stands for a name it found, unless the lexicon names exactly that span ("the Kremlin").
    const sameSpan = covering.length === 1 && covering[0].start === m.start && covering[0].end === m.end;
    if (covering.some((c) => c.type === "organization" || c.type === "person" || c.type === "location") && !(e.lexicon === "outlets" || e.lexicon === "platforms" || multi || sameSpan)) continue;
    let start = m.start;
    // "the UN international court of justice": an organisation's acronym before a lower-case name belongs to it.
    if (!isCap(words[m.start]) && start > 0 && /^[A-Z]{2,}$|^U\.N\.$/.test(words[start - 1])) start--;
    out = overlay(out, { start, end: m.end, type });
  }
  return out;
}

function longestFirst(matches: LexiconMatch[]): LexiconMatch[] {
  return [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/** CoNLL type of a Dossier entity type: person → PER, organization → ORG, location → LOC, the rest → MISC. */
export function conllType(type: EntityType): string {
  return type === "person" ? "PER" : type === "organization" ? "ORG" : type === "location" ? "LOC" : "MISC";
}

/**
 * Reads CoNLL-2003 lines (token first, blank line between sentences, -DOCSTART- lines kept) and returns every
 * line with the predicted IOB2 tag (PER, ORG, LOC, MISC) appended as its last column.
 */
export function tagConll(input: string, model?: NerModel, lexicon: Lexicon = defaultLexicon()): string {
  const lines = parseConllLines(input);
  const docs = readConllDocuments(lines);
  const predicted: string[] = [];
  for (const doc of docs) {
    const words = doc.map((s) => s.words.map(normaliseWord));
    const tagger = model ?? defaultModel();
    const views = documentViewsOf(words, tagger);
    const chunks = tagDocument(words, tagger, lexicon, words.map((w, si) => lexicon.match(w, views[si])), views);
    chunks.forEach((cs, i) => predicted.push(...chunksToIob2(cs, words[i].length)));
  }
  return appendTagColumn(lines, predicted);
}
