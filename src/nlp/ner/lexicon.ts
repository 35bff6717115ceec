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

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexiconEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

/** Splits a lexicon phrase into the tokens a Penn-Treebank-like tokenizer makes of it ("Russia's" → "Russia", "'s"). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (/^.+'s$/i.test(w) ? [w.slice(0, -2), w.slice(-2)] : [w]));
}

const hasLower = (s: string) => s !== s.toUpperCase();
const caseSensitive = (phrase: string) => !hasLower(phrase);

export class Lexicon {
  private readonly exact = newNode();
  private readonly folded = newNode();
  readonly entries: LexiconEntry[];

  constructor(entries: LexiconEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      const sensitive = caseSensitive(e.phrase);
      let node = sensitive ? this.exact : this.folded;
      for (const t of phraseTokens(e.phrase)) {
        const key = sensitive ? t : t.toLowerCase();
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
      node.entries.push(e);
    }
  }

  /** Every match of every entry over the tokens, longest and shortest alike. */
  match(words: string[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      walk(this.exact, words, i, out);
      walk(this.folded, lower, i, out);
    }
    return out;
  }

  /** Entries whose phrase is exactly these words (case as the lexicon says). */
  lookup(words: string[]): LexiconEntry[] {
    return this.match(words).filter((m) => m.start === 0 && m.end === words.length).map((m) => m.entry);
  }
}

function walk(root: TrieNode, keys: string[], start: number, out: LexiconMatch[]): void {
  let node: TrieNode | undefined = root;
  for (let j = start; j < keys.length; j++) {
    node = node.next.get(keys[j]);
    if (!node) return;
    for (const entry of node.entries) out.push({ start, end: j + 1, entry });
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

/** Reads every lexicon file of a folder (data/lexicons by default). */
export function readLexicons(dir = packagePath("data", "lexicons")): LexiconEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .flatMap((f) => parseLexicon(readFileSync(join(dir, f), "utf8"), f.replace(/\.tsv$/, "")));
}

let shared: Lexicon | undefined;

/** The shipped lexicons, read once on first use. */
export function defaultLexicon(): Lexicon {
  return (shared ??= new Lexicon(readLexicons()));
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
