/**
 * The lookup key of a place name, shared by the gazetteer build and the run-time lookup so both sides agree:
 * "Homyel'" → "homyel", "The Hague" → "hague", "Ivano-Frankivsk" → "ivano frankivsk", "St. Louis" → "saint louis",
 * "Côte d'Ivoire" → "cote divoire", "U.S." → "us".
 */

// Letters that Unicode decomposition does not reduce to a base letter plus marks.
const SPECIAL_LETTERS: Record<string, string> = {
  ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", Ð: "D", þ: "th", Þ: "Th", ß: "ss", æ: "ae", Æ: "Ae",
  œ: "oe", Œ: "Oe", ı: "i", ħ: "h", Ħ: "H", ŀ: "l", Ŀ: "L", ŧ: "t", Ŧ: "T", ƒ: "f", ǝ: "e", ə: "e", Ə: "E",
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/** Removes diacritics but keeps case: "Zaporizhzhia", "Łódź" → "Lodz", "Homyel’" stays "Homyel’". */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

// Abbreviations written either way in place names.
const TOKEN_EXPANSIONS: Record<string, string> = { st: "saint", ste: "sainte", mt: "mount", ft: "fort" };

/** The case-, diacritic- and punctuation-insensitive key of a place name ("" when nothing is left). */
export function placeKey(name: string): string {
  // Most names are plain ASCII: skip Unicode decomposition for them (it dominates the cost of a lookup).
  const folded = (/^[\x20-\x7e]*$/.test(name) ? name : foldDiacritics(name))
    .toLowerCase()
    .replace(/['’‘`ʼʻ´.]/g, "") // apostrophes (soft signs of transliterations) and the dots of abbreviations
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (!folded) return "";
  const words = folded.split(" ").map((w) => TOKEN_EXPANSIONS[w] ?? w);
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.join(" ");
}

/** True when every letter of the name is a capital ("US", "U.S.", "UK"): acronym aliases only match so written. */
export function isAllCaps(name: string): boolean {
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/** An alias that only counts when written in capitals: a short acronym that is also an English word ("US", "CAR"). */
export function isAcronymAlias(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 5 && isAllCaps(letters);
}

/** The shard of the name index a key lives in (FNV-1a), the same at build and run time. */
export function keyShard(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/**
 * Whether a GeoNames alternate name is worth matching in English news. They mix true exonyms ("Gomel", "Kharkov",
 * "Kiev") with airport codes ("GME"), URLs and lower-case romanisations of other scripts ("ge mei li"): keep
 * capitalised Latin-script names only.
 */
export function isUsefulAlternate(alt: string): boolean {
  if (alt.length < 3 || alt.length > 60) return false;
  if (!/^[\p{Script=Latin}\p{M}' ’‘.\-]+$/u.test(alt)) return false; // no digits, URLs or other scripts
  if (!/^\p{Lu}/u.test(alt)) return false; // romanisations of other scripts come lower-case
  if (/^\p{Lu}+$/u.test(alt) && alt.length <= 4) return false; // airport and postal codes ("GME", "WAS")
  return true;
}
