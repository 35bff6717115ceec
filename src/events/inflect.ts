/**
 * Simple English inflection, run once over the lexicons: instead of lemmatising every word of every report, each
 * lexicon lemma is expanded into the forms news writes ("launch" → launches, launched, launching) and the text's
 * lower-cased words are looked up directly in a Map.
 */

/** Irregular verbs news reports use for events: lemma → [past, past participle, …]. */
const IRREGULAR: Record<string, string[]> = {
  shoot: ["shot"], strike: ["struck", "stricken"], fall: ["fell", "fallen"], hold: ["held"], meet: ["met"],
  flee: ["fled"], take: ["took", "taken"], steal: ["stole", "stolen"], hit: ["hit"], beat: ["beaten"],
  break: ["broke", "broken"], fight: ["fought"], throw: ["threw", "thrown"], seek: ["sought"], give: ["gave", "given"],
  win: ["won"], lose: ["lost"], bring: ["brought"], drive: ["drove", "driven"], run: ["ran"], lead: ["led"],
  set: ["set"], put: ["put"], cut: ["cut"], send: ["sent"], stab: ["stabbed"], die: ["died", "dying"], lie: ["lay", "lain"],
  blow: ["blew", "blown"], sink: ["sank", "sunk"], shake: ["shook", "shaken"], wound: ["wounded"], hang: ["hanged", "hung"],
  forbid: ["forbade", "forbidden"], withdraw: ["withdrew", "withdrawn"], overthrow: ["overthrew", "overthrown"],
  slay: ["slew", "slain"], freeze: ["froze", "frozen"], begin: ["began", "begun"], burn: ["burnt"], make: ["made"],
  bind: ["bound"], undertake: ["undertook", "undertaken"], sell: ["sold"], speak: ["spoke", "spoken"], grant: [],
  rise: ["rose", "risen"], catch: ["caught"], mow: ["mown"], tear: ["tore", "torn"], swear: ["swore", "sworn"],
  forgive: ["forgave", "forgiven"], bid: ["bid"], upset: ["upset"], quit: ["quit"], shut: ["shut"], spread: ["spread"],
  light: ["lit"], bite: ["bit", "bitten"], fly: ["flew", "flown", "flies"], stand: ["stood"], leave: ["left"],
};

const VOWEL = /[aeiou]/;

/** Whether a final consonant doubles before -ed/-ing: "stab" → stabbed, "ban" → banned, but "attack", "shell". */
function doublesFinal(word: string): boolean {
  if (word.length < 3 || word.length > 5) return false;
  const [a, b, c] = word.slice(-3);
  return !VOWEL.test(a) && VOWEL.test(b) && /[bdgklmnprt]/.test(c) && !/^(visit|open|offer|enter|order|alert|target|limit|exit|threaten|deliver)$/.test(word);
}

/** Every form of a verb lemma: base, third person, past, participles. */
export function verbForms(lemma: string): string[] {
  const out = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) out.add(lemma + "es");
  else if (/[^aeiou]y$/.test(lemma)) out.add(lemma.slice(0, -1) + "ies");
  else out.add(lemma + "s");
  if (lemma.endsWith("ie")) {
    out.add(lemma + "d");
    out.add(lemma.slice(0, -2) + "ying");
  } else if (lemma.endsWith("e")) {
    out.add(lemma + "d");
    out.add(lemma.slice(0, -1) + "ing");
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.add(lemma.slice(0, -1) + "ied");
    out.add(lemma + "ing");
  } else if (doublesFinal(lemma)) {
    const d = lemma + lemma.at(-1);
    out.add(d + "ed");
    out.add(d + "ing");
  } else {
    out.add(lemma + "ed");
    out.add(lemma + "ing");
  }
  return [...out];
}

/** Singular and plural of a noun lemma: "strike" → strikes, "casualty" → casualties. */
export function nounForms(lemma: string): string[] {
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, lemma + "es"];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + "ies"];
  return [lemma, lemma + "s"];
}

/** News writes "were struck", "was hanged", not the older participles. */
const PARTICIPLE_OVERRIDE: Record<string, string> = { strike: "struck", hang: "hanged" };

/** The simple past and past participle of a verb lemma, for writing summaries: "fire" → fired, "strike" → struck, struck. */
export function pastForms(lemma: string): { past: string; participle: string } {
  const irregular = IRREGULAR[lemma];
  if (PARTICIPLE_OVERRIDE[lemma]) return { past: irregular?.[0] ?? lemma, participle: PARTICIPLE_OVERRIDE[lemma] };
  if (irregular?.length) {
    const past = irregular[0];
    const participle = irregular.find((f) => /(en|wn|ne)$/.test(f) && f !== past) ?? irregular[1] ?? past;
    if (!/ing$|ies$/.test(past)) return { past, participle: /ing$|ies$/.test(participle) ? past : participle };
  }
  let ed: string;
  if (lemma.endsWith("e")) ed = lemma + "d";
  else if (/[^aeiou]y$/.test(lemma)) ed = lemma.slice(0, -1) + "ied";
  else if (doublesFinal(lemma)) ed = lemma + lemma.at(-1) + "ed";
  else ed = lemma + "ed";
  return { past: ed, participle: ed };
}

