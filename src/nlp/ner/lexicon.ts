/**
 * Lexicons (data/lexicons/*.tsv) and their matcher. A lexicon line is `phrase<TAB>type[<TAB>extra]`; lines starting
 * with "#" are the file's header (source and licence). Phrases match whole tokens: acronyms and other entries
 * without lower-case letters ("UN", "WHO", "X") match only as written, everything else ignores case.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { packagePath } from "../../util/paths.js";

export interface LexiconEntry {
  phrase: string;
  type: string;
  extra?: string;
  /** The file the entry comes from, without extension ("countries"). */
  lexicon: string;
}

export interface LexiconMatch {
  start: number;
  /** Exclusive token index. */
  end: number;
  entry: LexiconEntry;
}

/** Splits a lexicon phrase into the tokens a Penn-Treebank-like tokenizer makes of it ("Russia's" → "Russia", "'s"). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (/^.+'s$/i.test(w) ? [w.slice(0, -2), w.slice(-2)] : [w]));
}

const hasLower = (s: string) => s !== s.toUpperCase();
const caseSensitive = (phrase: string) => !hasLower(phrase);

/** Phrases keyed by their tokens joined with a space; the longest phrase per first token bounds the look-ups. */
interface PhraseIndex {
  phrases: Map<string, LexiconEntry[]>;
  longest: Map<string, number>;
}

const newIndex = (): PhraseIndex => ({ phrases: new Map(), longest: new Map() });

function addPhrase(index: PhraseIndex, tokens: string[], e: LexiconEntry): void {
  const key = tokens.join(" ");
  const list = index.phrases.get(key);
  if (list) list.push(e);
  else index.phrases.set(key, [e]);
  index.longest.set(tokens[0], Math.max(index.longest.get(tokens[0]) ?? 0, tokens.length));
}

/** A lexicon file read as one long list of names of a single type (see Lexicon.addBulk). */
export interface BulkList {
  text: string;
  /** Stands for every name of the list: its phrase is the file's name, not one of the names. */
  entry: LexiconEntry;
}

/** Lexicon files too long for one object per line: names only, every line of the same type. */
export const BULK_LEXICONS = new Set(["cities"]);

export class Lexicon {
  private readonly exact = newIndex();
  private readonly folded = newIndex();
  readonly entries: LexiconEntry[];

  constructor(entries: LexiconEntry[], bulk: BulkList[] = []) {
    this.entries = entries;
    for (const e of entries) {
      const sensitive = caseSensitive(e.phrase);
      const tokens = phraseTokens(sensitive ? e.phrase : e.phrase.toLowerCase());
      addPhrase(sensitive ? this.exact : this.folded, tokens, e);
    }
    for (const b of bulk) this.addBulk(b);
  }

  /**
   * A long list of names of one kind (GeoNames cities): one shared entry stands for every line, and names are
   * indexed without per-line objects, so tens of thousands of names load in a few milliseconds.
   */
  private addBulk(b: BulkList): void {
    const shared = [b.entry];
    const { phrases, longest } = this.folded;
    let from = 0;
    const text = b.text;
    while (from < text.length) {
      let to = text.indexOf("\n", from);
      if (to < 0) to = text.length;
      if (text.charCodeAt(from) !== 35 /* # */) {
        const tab = text.indexOf("\t", from);
        const phrase = text.slice(from, tab > from && tab < to ? tab : to).toLowerCase();
        if (phrase) {
          const key = phrase.includes("'s") ? phraseTokens(phrase).join(" ") : phrase;
          const existing = phrases.get(key);
          if (!existing) phrases.set(key, shared);
          else if (existing !== shared && !existing.includes(b.entry)) existing.push(b.entry);
          const space = key.indexOf(" ");
          const first = space < 0 ? key : key.slice(0, space);
          const n = space < 0 ? 1 : key.split(" ").length;
          if ((longest.get(first) ?? 0) < n) longest.set(first, n);
        }
      }
      from = to + 1;
    }
  }

  /** Every match of every entry over the tokens, longest and shortest alike. */
  match(words: string[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      find(this.exact, words, i, out);
      find(this.folded, lower, i, out);
    }
    return out;
  }

  /** Entries whose phrase is exactly these words (case as the lexicon says). */
  lookup(words: string[]): LexiconEntry[] {
    return this.match(words).filter((m) => m.start === 0 && m.end === words.length).map((m) => m.entry);
  }
}

function find(index: PhraseIndex, keys: string[], start: number, out: LexiconMatch[]): void {
  const longest = index.longest.get(keys[start]);
  if (!longest) return;
  let key = keys[start];
  for (let end = start + 1; end <= keys.length && end - start <= longest; end++) {
    if (end > start + 1) key += " " + keys[end - 1];
    const entries = index.phrases.get(key);
    if (entries) for (const entry of entries) out.push({ start, end, entry });
  }
}

/** Parses one TSV lexicon file's text. */
export function parseLexicon(text: string, lexicon: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [phrase, type, extra] = line.split("\t");
    if (!phrase || !type) continue;
    out.push({ phrase: phrase.trim(), type: type.trim(), extra: extra?.trim() || undefined, lexicon });
  }
  return out;
}

/** Reads every lexicon file of a folder (data/lexicons by default); long name lists come back as bulk lists. */
export function readLexicons(dir = packagePath("data", "lexicons")): { entries: LexiconEntry[]; bulk: BulkList[] } {
  const entries: LexiconEntry[] = [];
  const bulk: BulkList[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".tsv")).sort()) {
    const name = f.replace(/\.tsv$/, "");
    const text = readFileSync(join(dir, f), "utf8");
    if (BULK_LEXICONS.has(name)) {
      const firstLine = text.split("\n", 50).find((l) => l && !l.startsWith("#")) ?? "";
      bulk.push({ text, entry: { phrase: name, type: firstLine.split("\t")[1]?.trim() || "location", lexicon: name } });
    } else entries.push(...parseLexicon(text, name));
  }
  return { entries, bulk };
}

let shared: Lexicon | undefined;

/** The shipped lexicons, read once on first use. */
export function defaultLexicon(): Lexicon {
  if (shared) return shared;
  const { entries, bulk } = readLexicons();
  return (shared = new Lexicon(entries, bulk));
}

/** The short category a lexicon entry contributes to the tagger's features. */
export function featureCategory(e: LexiconEntry): string {
  if (e.lexicon === "cities") return "city";
  if (e.lexicon === "institutions") return "inst-" + e.type;
  switch (e.type) {
    case "location": return "loc";
    case "organization": return e.lexicon === "outlets" || e.lexicon === "platforms" ? "media" : "org";
    case "group": return "dem";
    case "group-noun": return "gnoun";
    case "weapon": return "wpn";
    case "weapon-noun": return "wnoun";
    case "person": return "per";
    default: return e.type;
  }
}

/** Per-token lexicon feature values ("loc:B", "org:U"), for the tagger. */
export function lexiconFeatureTags(lexicon: Lexicon, words: string[]): string[][] {
  const tags: string[][] = words.map(() => []);
  for (const m of lexicon.match(words)) {
    const cat = featureCategory(m.entry);
    if (m.end - m.start === 1) tags[m.start].push(cat + ":U");
    else for (let i = m.start; i < m.end; i++) tags[i].push(cat + (i === m.start ? ":B" : i === m.end - 1 ? ":L" : ":I"));
  }
  for (const t of tags) if (t.length > 1) t.splice(0, t.length, ...new Set(t));
  return tags;
}
