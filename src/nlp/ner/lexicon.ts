/**
 * Lexicons (data/lexicons/*.tsv) and their matcher. A lexicon line is `phrase<TAB>type[<TAB>extra]`; lines starting
 * with "#" are the file's header (source and licence). Phrases match whole tokens: acronyms and other entries
 * without lower-case letters ("UN", "WHO", "X") match only as written, everything else ignores case. The long
 * GeoNames city list is kept as hashes, stored ready-made in models/lexicon-cities.bin (checked against the list's
 * text, rebuilt in memory when stale): start-up reads it instead of indexing 55,000 names.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as zlib from "node:zlib";
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
  /** The list's names already indexed (read from models/), if so. */
  index?: BulkIndex;
}

/** Lexicon files too long for one object per line: names only, every line of the same type. */
export const BULK_LEXICONS = new Set(["cities"]);

// Two independent 32-bit hashes of a folded key (64 bits together): tens of thousands of names make a false match
// between them and a token sequence about as likely as 1 in 10^14 per look-up.
const H1_SEED = 0x811c9dc5;
const H2_SEED = 0x2545f491;
const h1Step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const h2Step = (h: number, c: number) => {
  h = Math.imul(h ^ c, 0x9e3779b1);
  return h ^ (h >>> 15);
};
const SPACE = 32;

/** Hashes a folded key, calling `prefix` at each inner space (the end of a token prefix of the key). */
function hashKey(key: string, prefix: (h1: number, h2: number) => void): [number, number] {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === SPACE && i > 0) prefix(h1, h2);
    h1 = h1Step(h1, c);
    h2 = h2Step(h2, c);
  }
  return [h1, h2];
}

/** The folded key of a bulk-list name, as token sequences are matched against it ("St. John's" → "st. john 's"). */
function bulkKey(name: string): string {
  const lower = name.toLowerCase();
  return lower.includes("'s") || /\s\s|^\s|\s$/.test(lower) ? phraseTokens(lower).join(" ") : lower;
}

/** The names of a bulk-list text (one per line, before the first tab; "#" lines are its header). */
function bulkNames(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    if (text.charCodeAt(from) !== 35 /* # */) {
      const tab = text.indexOf("\t", from);
      const name = text.slice(from, tab >= from && tab < to ? tab : to).replace(/\r$/, "");
      if (name) out.push(name);
    }
    from = to + 1;
  }
  return out;
}

/**
 * The names of a bulk list as a sorted set of 64-bit hashes of their folded keys, with a flag on every token prefix
 * of a longer name so that matching knows when to read on. No string or object is kept per name, and the set can
 * be stored as three arrays (models/lexicon-<name>.bin) that load without any per-name work.
 */
export class BulkIndex {
  constructor(
    readonly entry: LexiconEntry,
    /** Sorted by h1, then h2. */
    readonly h1: Uint32Array,
    readonly h2: Uint32Array,
    /** 1: a whole name ends here; 2: a longer name goes on. */
    readonly flags: Uint8Array,
  ) {}

  static fromText(entry: LexiconEntry, text: string): BulkIndex {
    const seen = new Map<number, Map<number, number>>();
    const set = (h1: number, h2: number, flag: number) => {
      let inner = seen.get(h1);
      if (!inner) seen.set(h1, (inner = new Map()));
      inner.set(h2, (inner.get(h2) ?? 0) | flag);
    };
    for (const name of bulkNames(text)) {
      const key = bulkKey(name);
      if (!key) continue;
      const [h1, h2] = hashKey(key, (a, b) => set(a >>> 0, b >>> 0, 2));
      set(h1 >>> 0, h2 >>> 0, 1);
    }
    const rows: [number, number, number][] = [];
    for (const [h1, inner] of seen) for (const [h2, f] of inner) rows.push([h1, h2, f]);
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return new BulkIndex(entry, Uint32Array.from(rows, (r) => r[0]), Uint32Array.from(rows, (r) => r[1]), Uint8Array.from(rows, (r) => r[2]));
  }

  /** The flags of a key's hashes (0 when neither a name nor the start of one). */
  flagsOf(h1: number, h2: number): number {
    const a = this.h1;
    const x = h1 >>> 0;
    const y = h2 >>> 0;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < a.length && a[i] === x; i++) if (this.h2[i] === y) return this.flags[i];
    return 0;
  }
}

const BULK_MAGIC = "DLEX1\n";

/** A bulk index as a file: magic, a JSON line (the digest of the text it indexes, the count), then h1, h2, flags. */
export function encodeBulkIndex(index: BulkIndex, text: string): Buffer {
  const head = Buffer.from(BULK_MAGIC + JSON.stringify({ digest: textDigest(text), count: index.h1.length }) + "\n", "utf8");
  const pad = Buffer.alloc((4 - (head.length % 4)) % 4, 32);
  return Buffer.concat([head, pad, Buffer.from(index.h1.buffer, index.h1.byteOffset, index.h1.byteLength), Buffer.from(index.h2.buffer, index.h2.byteOffset, index.h2.byteLength), Buffer.from(index.flags)]);
}

/** The stored index of a bulk list, or undefined when the file is missing or was built from another text. */
export function decodeBulkIndex(file: Buffer, entry: LexiconEntry, text: string): BulkIndex | undefined {
  if (file.subarray(0, BULK_MAGIC.length).toString("utf8") !== BULK_MAGIC) return undefined;
  const nl = file.indexOf(10, BULK_MAGIC.length);
  const header = JSON.parse(file.subarray(BULK_MAGIC.length, nl).toString("utf8")) as { digest: string; count: number };
  const digest = textDigest(text);
  if (!digest || header.digest !== digest) return undefined;
  let offset = nl + 1;
  offset += (4 - (offset % 4)) % 4;
  const n = header.count;
  const h1 = new Uint32Array(n);
  const h2 = new Uint32Array(n);
  const flags = new Uint8Array(n);
  Buffer.from(h1.buffer).set(file.subarray(offset, offset + 4 * n));
  Buffer.from(h2.buffer).set(file.subarray(offset + 4 * n, offset + 8 * n));
  flags.set(file.subarray(offset + 8 * n, offset + 9 * n));
  return new BulkIndex(entry, h1, h2, flags);
}

/**
 * Which text an index was built from: its length and CRC-32 (zlib is loaded anyway for the model; crypto would cost
 * a module). Node before 20.15 has no zlib.crc32: there the stored index is not trusted and the list is indexed anew.
 */
const textDigest = (text: string): string | undefined => (typeof zlib.crc32 === "function" ? `${text.length}:${zlib.crc32(text)}` : undefined);

/** Where the stored index of a bulk list lives (models/lexicon-cities.bin). */
export const bulkIndexPath = (name: string): string => packagePath("models", `lexicon-${name}.bin`);

/** A bulk list's index: the stored one when it was built from this very text, else built now. */
function bulkIndexOf(b: BulkList): BulkIndex {
  const path = bulkIndexPath(b.entry.lexicon);
  const stored = existsSync(path) ? decodeBulkIndex(readFileSync(path), b.entry, b.text) : undefined;
  return stored ?? BulkIndex.fromText(b.entry, b.text);
}

/** A per-word object of the caller's where a lexicon keeps what it knows of the word (see Lexicon.match). */
export interface LexiconSlot {
  lexicon?: { owner: object; info: unknown };
}

/** What the matcher needs of one word, worked out once per distinct word. */
interface WordInfo {
  lower: string;
  /** The longest phrase starting with the word as written (case-sensitive entries) and folded; 0: none. */
  exactLongest: number;
  foldedLongest: number;
  /** The bulk-list hashes of the folded word. */
  h1: number;
  h2: number;
  /** The word's flags in each bulk list, two bits per list (see BulkIndex.flags). */
  bulkFlags: number;
}

const extendHash1 = (h: number, word: string) => {
  for (let i = 0; i < word.length; i++) h = h1Step(h, word.charCodeAt(i));
  return h;
};
const extendHash2 = (h: number, word: string) => {
  for (let i = 0; i < word.length; i++) h = h2Step(h, word.charCodeAt(i));
  return h;
};

export class Lexicon {
  private readonly exact = newIndex();
  private readonly folded = newIndex();
  private readonly bulk: BulkIndex[] = [];
  /** Per distinct word: its folded form and where phrases may start (news repeats its words; bounded). */
  private readonly words = new Map<string, WordInfo>();
  readonly entries: LexiconEntry[];

  constructor(entries: LexiconEntry[], bulk: BulkList[] = []) {
    this.entries = entries;
    for (const e of entries) {
      const sensitive = caseSensitive(e.phrase);
      const tokens = phraseTokens(sensitive ? e.phrase : e.phrase.toLowerCase());
      addPhrase(sensitive ? this.exact : this.folded, tokens, e);
    }
    for (const b of bulk) this.bulk.push(b.index ?? BulkIndex.fromText(b.entry, b.text));
  }

  private slotInfo(slot: LexiconSlot, word: string): WordInfo {
    const kept = slot.lexicon;
    if (kept && kept.owner === this) return kept.info as WordInfo;
    const info = this.info(word);
    slot.lexicon = { owner: this, info };
    return info;
  }

  private info(word: string): WordInfo {
    let info = this.words.get(word);
    if (!info) {
      const lower = word.toLowerCase();
      info = {
        lower,
        exactLongest: this.exact.longest.get(word) ?? 0,
        foldedLongest: this.folded.longest.get(lower) ?? 0,
        h1: extendHash1(H1_SEED, lower),
        h2: extendHash2(H2_SEED, lower),
        bulkFlags: 0,
      };
      for (let b = 0; b < this.bulk.length; b++) info.bulkFlags |= this.bulk[b].flagsOf(info.h1, info.h2) << (2 * b);
      if (this.words.size >= 200_000) this.words.clear();
      this.words.set(word, info);
    }
    return info;
  }

  /**
   * Every match of every entry over the tokens, longest and shortest alike, by start, then exact before folded, then
   * by end. `slots`, one per word, are objects the caller keeps per distinct word (the tagger's word views): the
   * matcher keeps what it worked out about the word there, which saves a look-up per token.
   */
  match(words: string[], slots?: LexiconSlot[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const infos = slots ? slots.map((slot, i) => this.slotInfo(slot, words[i])) : words.map((w) => this.info(w));
    for (let i = 0; i < words.length; i++) {
      const info = infos[i];
      if (info.exactLongest) findPhrases(this.exact, words, i, info.exactLongest, out);
      this.findFolded(infos, i, out);
    }
    return out;
  }

  /** Folded phrases from token `start`: the small lexicons' phrases and the bulk lists' names, shortest first. */
  private findFolded(infos: WordInfo[], start: number, out: LexiconMatch[]): void {
    const first = infos[start];
    const longest = first.foldedLongest;
    if (!longest && !first.bulkFlags) return;
    const bulk = this.bulk;
    let key = first.lower;
    let h1 = first.h1;
    let h2 = first.h2;
    let flags = first.bulkFlags;
    // Which bulk lists may match a longer span (bit per list).
    let open = 0;
    for (let end = start + 1; end <= infos.length; end++) {
      if (end > start + 1) {
        const next = infos[end - 1].lower;
        if (end - start <= longest) key += " " + next;
        h1 = extendHash1(h1Step(h1, SPACE), next);
        h2 = extendHash2(h2Step(h2, SPACE), next);
        flags = 0;
        for (let b = 0; b < bulk.length; b++) if (open & (1 << b)) flags |= bulk[b].flagsOf(h1, h2) << (2 * b);
      }
      if (end - start <= longest) {
        const entries = this.folded.phrases.get(key);
        if (entries) for (const entry of entries) out.push({ start, end, entry });
      }
      open = 0;
      for (let b = 0; b < bulk.length; b++) {
        const f = (flags >>> (2 * b)) & 3;
        if (f & 1) out.push({ start, end, entry: bulk[b].entry });
        if (f & 2) open |= 1 << b;
      }
      if (!open && end - start >= longest) return;
    }
  }

  /** Entries whose phrase is exactly these words (case as the lexicon says). */
  lookup(words: string[]): LexiconEntry[] {
    return this.match(words).filter((m) => m.start === 0 && m.end === words.length).map((m) => m.entry);
  }
}

function findPhrases(index: PhraseIndex, keys: string[], start: number, longest: number, out: LexiconMatch[]): void {
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
  return (shared = new Lexicon(entries, bulk.map((b) => ({ ...b, index: bulkIndexOf(b) }))));
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
  return lexiconTagsOf(words.length, lexicon.match(words));
}

/** The tag strings of an entry's category by position (unit, begin, inside, last), made once per entry. */
const tagStrings = new WeakMap<LexiconEntry, [string, string, string, string]>();
function tagsOfEntry(e: LexiconEntry): [string, string, string, string] {
  let t = tagStrings.get(e);
  if (!t) {
    const cat = featureCategory(e);
    tagStrings.set(e, (t = [cat + ":U", cat + ":B", cat + ":I", cat + ":L"]));
  }
  return t;
}

const NO_TAGS: string[] = [];

/** Per-token lexicon feature values of a sentence of `length` tokens from its lexicon matches. */
export function lexiconTagsOf(length: number, matches: LexiconMatch[]): string[][] {
  const tags: string[][] = new Array(length).fill(NO_TAGS);
  const push = (i: number, tag: string) => {
    const list = tags[i];
    if (list === NO_TAGS) tags[i] = [tag];
    else if (!list.includes(tag)) list.push(tag);
  };
  for (const m of matches) {
    const t = tagsOfEntry(m.entry);
    if (m.end - m.start === 1) push(m.start, t[0]);
    else for (let i = m.start; i < m.end; i++) push(i, t[i === m.start ? 1 : i === m.end - 1 ? 3 : 2]);
  }
  return tags;
}
