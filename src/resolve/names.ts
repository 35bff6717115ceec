/**
 * Name keys for matching mentions of the same thing written differently: case and diacritics, "the" and
 * possessives, transliteration variants (Zelensky/Zelenskyy/Zelenskiy, Herashchenko/Gerashchenko, Kharkiv/Kharkov,
 * Kyiv/Kiev), and small typos (Medinksy/Medinsky).
 */

const normalized = new Map<string, string>();

/** Lower case, no accents, no "the", no possessive, words joined by single spaces. Memoised: names recur thousands of times. */
export function normalizeName(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    if (normalized.size > 200_000) normalized.clear();
    normalized.set(name, (n = normalizeNameOnce(name)));
  }
  return n;
}

function normalizeNameOnce(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A phonetic key that folds the usual romanisations of Slavic, Arabic and other names onto one spelling.
 * Applied per word; vowels inside a word are kept (they tell Kyiv from Kirov) but their doubled/semi-vowel
 * spellings are folded.
 */
const transliterated = new Map<string, string>();

export function transliterationKey(name: string): string {
  let k = transliterated.get(name);
  if (k === undefined) {
    if (transliterated.size > 200_000) transliterated.clear();
    transliterated.set(name, (k = normalizeName(name).split(" ").map(foldWord).join(" ")));
  }
  return k;
}

function foldWord(w: string): string {
  if (w.length < 4) return w;
  let s = w
    .replace(/shch/g, "sc")
    .replace(/kh/g, "h")
    .replace(/zh/g, "j")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/q/g, "k")
    .replace(/w/g, "v")
    .replace(/x/g, "ks")
    .replace(/ye/g, "e")
    .replace(/yu/g, "iu")
    .replace(/ya/g, "ia")
    .replace(/yo/g, "io")
    .replace(/(iy|yy|ii|ij|yj|yi)$/g, "y")
    .replace(/i$/, "y")
    .replace(/([^aeiou])y([^aeiou])/g, "$1i$2")
    .replace(/ou/g, "u")
    .replace(/(.)\1+/g, "$1");
  // Ukrainian/Russian pairs: Kharkiv/Kharkov, Lviv/Lvov (-iv/-ov endings), Herashchenko/Gerashchenko (h/g).
  s = s.replace(/(i|o)v$/, "ov").replace(/^g/, "h");
  // Kyiv/Kiev: a vowel cluster after the first consonant.
  s = s.replace(/^([^aeiou])(yi|iy|ie|ye|y|i)/, "$1i");
  return s.replace(/[aeiouy]+v$/, "ov");
}

/** Damerau–Levenshtein distance (adjacent transpositions count once), capped: returns cap+1 when larger. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const prev2 = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j];
    prev = cur;
    if (rowMin > cap) return cap + 1;
  }
  return prev[b.length];
}

/** Two names that differ by a typo: same number of words, each word equal or one edit apart (long words only). */
export function isTypoVariant(a: string, b: string): boolean {
  const wa = normalizeName(a).split(" ");
  const wb = normalizeName(b).split(" ");
  if (wa.length !== wb.length || wa.join(" ") === wb.join(" ")) return false;
  let edits = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (wa[i].length < 6 || wa[i][0] !== wb[i][0] || editDistance(wa[i], wb[i], 1) > 1) return false;
    edits++;
  }
  return edits === 1;
}

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "&"]);

/** "NATO" for "North Atlantic Treaty Organisation", "ICJ" for "International Court of Justice". */
export function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.has(w.toLowerCase()));
  return words.length >= 2 ? words.map((w) => w[0].toUpperCase()).join("") : "";
}

export const isAcronym = (s: string): boolean => /^[A-Z][A-Z&.]{1,7}$/.test(s.replace(/\./g, "")) && s.replace(/\./g, "").length >= 2;

const PERSON_TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "rev", "dame", "mister", "madam"]);
/** Words a tagger takes into a name at the start of a sentence ("Since Comeaux escaped", "But Smith said"). */
const SENTENCE_OPENERS = new Set(["since", "when", "after", "before", "but", "while", "if", "although", "though", "because", "then", "meanwhile", "yesterday", "today", "however", "until", "where"]);
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "junior", "senior"]);

/**
 * The key of a person's name without what varies between reports: titles ("Mr", "Miss"), generational suffixes
 * ("Jr", "Sr."), and nicknames in quotes or brackets ("Vincent 'the Chin' Gigante", "Kimani (Kiki) Gray").
 */
export function personNameKey(name: string): string {
  const plain = name.replace(/\([^)]*\)/g, " ").replace(/["“”][^"“”]*["“”]/g, " ").replace(/(^|\s)['‘][^'’]*['’](?=\s)/g, " ");
  const words = normalizeName(plain).split(" ").filter(Boolean);
  while (words.length > 1 && (PERSON_TITLES.has(words[0]) || SENTENCE_OPENERS.has(words[0]))) words.shift();
  while (words.length > 1 && NAME_SUFFIXES.has(words.at(-1)!)) words.pop();
  return words.join(" ") || normalizeName(name);
}

/**
 * Two forms of one person's name: the shorter's surname is the longer's, and each of its other words is a word
 * of the longer, its initial, or a short form of it ("Fred LaRue" / "Frederick Cheney LaRue", "Mark Felt" /
 * "W. Mark Felt", "Lo Presti" / "Gaetano Lo Presti"). Keys as personNameKey gives them.
 */
export function isShorterFormOfName(shorter: string, longer: string): boolean {
  const s = shorter.split(" "), l = longer.split(" ");
  if (s.length >= l.length || s.length < 2) return false;
  if (transliterationKey(s.at(-1)!) !== transliterationKey(l.at(-1)!)) return false;
  let from = 0;
  for (const w of s.slice(0, -1)) {
    let k = from;
    while (k < l.length - 1 && !wordsAgree(w, l[k])) k++;
    if (k >= l.length - 1) return false;
    from = k + 1;
  }
  return true;
}

/** "fred" ~ "frederick", "w" ~ "william", "mark" ~ "mark". */
const wordsAgree = (a: string, b: string): boolean =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)) || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
