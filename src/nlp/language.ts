/**
 * The language of a report (ISO 639-1), from the share of each language's commonest function words.
 * Enough to tell English news from the other languages users paste; the NLP stages are built for English.
 */
const PROFILES: Record<string, string[]> = {
  en: ["the", "of", "and", "to", "in", "is", "that", "for", "on", "was", "with", "said", "by", "has", "have", "it", "from", "at", "as", "are"],
  fr: ["le", "la", "les", "de", "des", "et", "en", "du", "un", "une", "est", "que", "pour", "dans", "qui", "sur", "au", "pas", "par", "avec"],
  de: ["der", "die", "und", "den", "das", "ist", "nicht", "von", "mit", "sich", "des", "auf", "für", "im", "dem", "ein", "eine", "auch", "es", "zu"],
  es: ["el", "la", "los", "las", "de", "que", "y", "en", "un", "por", "con", "para", "una", "del", "se", "al", "es", "lo", "como", "más"],
  it: ["il", "di", "che", "la", "e", "per", "un", "in", "del", "della", "non", "una", "sono", "alla", "con", "gli", "le", "si", "dei", "anche"],
  pt: ["o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "na", "por", "mais", "as", "dos"],
  nl: ["de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "die", "er", "aan", "ook", "bij", "om"],
  ru: ["и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "к", "о", "за", "от", "для", "его", "но", "так", "было", "уже"],
  uk: ["і", "в", "у", "на", "що", "не", "з", "до", "та", "за", "як", "про", "від", "це", "для", "його", "але", "також", "ще", "було"],
};

const SETS = Object.fromEntries(Object.entries(PROFILES).map(([k, v]) => [k, new Set(v)]));

export function detectLanguage(text: string, fallback = "en"): string {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 2000) ?? [];
  if (words.length < 3) return fallback;
  let best = fallback, bestScore = 0;
  for (const [lang, set] of Object.entries(SETS)) {
    const score = words.filter((w) => set.has(w)).length / words.length;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 0.05 ? best : fallback;
}
