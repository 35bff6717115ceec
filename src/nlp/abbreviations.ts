/**
 * Abbreviations that end in a period in news English. A period after one of these does not end a sentence
 * (unless the abbreviation is one that often closes a sentence, such as "U.S." or "Inc.", and a sentence starter follows).
 */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpl", "maj", "adm", "cmdr", "brig",
  "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "fr", "sr", "jr", "st", "mt", "ft", "messrs",
]);

export const OTHER_ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "no", "nos", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "bros", "co", "corp", "inc", "ltd", "plc",
  "cf", "al", "ca", "vol", "pp", "fig", "op", "ed", "eds", "para", "art", "sec",
  "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "n.y", "l.a",
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
  "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
]);

/** Abbreviations that regularly stand at the end of a sentence ("… in the U.S. The talks …"). */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(["u.s", "u.k", "u.n", "e.u", "d.c", "inc", "co", "corp", "ltd", "plc", "etc", "a.m", "p.m", "jr", "sr"]);

/** Words that usually open a sentence: after "U.S." or "a.m." they show that the period ended it. */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "in", "on",
  "at", "but", "and", "however", "meanwhile", "his", "her", "its", "their", "our", "after", "before", "when", "while",
  "as", "if", "for", "since", "officials", "police", "some", "many", "no", "one", "two", "according",
]);

export function isAbbreviation(wordLower: string): boolean {
  return TITLE_ABBREVIATIONS.has(wordLower) || OTHER_ABBREVIATIONS.has(wordLower);
}
