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
  const folded = foldDiacritics(name)
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
