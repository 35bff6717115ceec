/**
 * Mentions of people and places by a common noun: "a 43-year-old woman", "the robbers", "police", "the prison",
 * "Ukrainian officials". News tells most of a story through such descriptions: the person is named once, if at
 * all, and is "the driver" or "the woman" from then on; the place is "the scene" or "the hospital".
 *
 * Which nouns name people and places comes from WordNet (nouns.ts, generated), with a short table of group words
 * that stand for people ("police", "authorities") and of the news senses WordNet ranks second ("star", "source").
 * No part-of-speech tagger: a head is a listed noun not followed by another noun (then it is a modifier: "police
 * officer", "prison guard"). A head right before a name is a title ("actress Lindsay Lohan"): it is returned too,
 * for it tells what the person is called in other sentences and reports.
 */
import type { EntityMention, EntityType, Token } from "../../types.js";
import { PERSON_KINDS, PERSON_NOUNS, PLACE_NOUNS } from "./nouns.js";

/** What kind of mention: a name, a description by a common noun, or a pronoun. Names carry no kind. */
export type MentionKind = "description" | "pronoun";


export interface Description extends EntityMention {
  kind: "description";
  head: string;
  plural: boolean;
  indefinite: boolean;
}

/** Group words that stand for people; the entity they make is a group. */
const GROUP_NOUNS = new Set([
  "police", "people", "authorities", "crowd", "family", "jury", "staff", "crew", "public", "residents", "fans",
  "relatives", "villagers", "passengers", "spectators", "onlookers", "protesters", "mob", "gang", "audience",
]);
/** Group words that are plurals of a person noun ("protesters", "fans"), not collectives ("police", "crowd"). */
const GROUP_SINGULAR = /^(residents|fans|relatives|villagers|passengers|spectators|onlookers|protesters)$/;
/** News senses WordNet does not rank first: "the star", "a source close to…", "the person". */
const PERSON_EXTRA = [
  "body", "star", "source", "person", "persons", "rep", "fan", "celeb", "teen", "cop", "shooter", "founder", "model", "queen",
  "climber", "legend", "icon", "hiker", "diver", "skier",
];
/** Place words WordNet misses or ranks second. */
const PLACE_EXTRA = ["rehab", "cell", "parliament", "branch", "premises", "compound", "venue", "scene", "facility", "capital", "nation"];
/** Listed as places by WordNet, but in news almost always something else ("the side", "the source", "the top"). */
const NOT_PLACES = new Set([
  "side", "source", "top", "bottom", "front", "back", "end", "part", "point", "place", "way", "line", "position",
  "left", "right", "middle", "edge", "world", "space", "spot", "base", "field", "ground",
  "level", "stage", "zone", "course", "quarter", "range", "corner", "surface", "interior", "inside", "outside",
  "distance", "direction", "station", "post", "record", "track", "seat", "pocket", "hole", "cover", "screen",
]);
/** Words WordNet lists as nouns of people or places that are, in running text, almost always something else. */
const NEVER_HEADS = new Set(["dear", "ways", "state", "longer", "prior", "temporary", "works", "plug", "route", "settings", "explorer", "more", "most", "same", "somewhere", "anywhere", "everywhere", "nowhere", "reach", "none", "all", "much", "many", "few", "less", "least", "else"]);

/** Person nouns that in news are mostly something else ("the head of", "the second", "the number"). */
const NOT_PEOPLE = new Set([
  "head", "second", "number", "first", "third", "last", "one", "ones", "other", "others", "figure", "type", "case",
  "party", "sort", "kind", "self", "side", "name", "subject", "object", "power", "type", "voice", "world", "lot",
  "best", "worst", "mind", "will", "spirit", "face", "hand", "hands", "eye", "character", "match", "double",
  "giant", "animal", "no", "yes", "guy", "mate",
]);

let lexicon: { person: Set<string>; place: Set<string> } | undefined;
/** Built on first use: ten thousand words split into sets once. */
function nouns(): { person: Set<string>; place: Set<string> } {
  lexicon ??= {
    person: new Set([...PERSON_NOUNS.split(" "), ...PERSON_EXTRA].filter((w) => !NOT_PEOPLE.has(w))),
    place: new Set([...PLACE_NOUNS.split(" "), ...PLACE_EXTRA].filter((w) => !NOT_PLACES.has(w))),
  };
  return lexicon;
}

/**
 * Kinds of people news names with several words, beyond WordNet's pairs: the police, protesters, robbers, a jury.
 * Each line is one kind.
 */
const NEWS_KINDS = [
  "police policeman policewoman cop officer deputy trooper patrolman constable",
  "protester demonstrator rioter marcher activist youth",
  "robber thief raider burglar crook bandit gunman attacker assailant perpetrator suspect",
  "jury juror",
  "worker employee staffer co-worker coworker colleague",
  "official authorities officer",
  "spokesman spokeswoman spokesperson representative rep publicist",
  "lawyer attorney counsel solicitor barrister",
];

let kinds: Map<string, Set<string>> | undefined;
/** Two head nouns that name the same kind of person: equal, synonyms, one the other's hypernym, or one news kind. */
export function sameKindOfPerson(a: string, b: string): boolean {
  if (a === b) return true;
  if (!kinds) {
    kinds = new Map();
    const link = (x: string, y: string) => {
      kinds!.set(x, (kinds!.get(x) ?? new Set()).add(y));
      kinds!.set(y, (kinds!.get(y) ?? new Set()).add(x));
    };
    for (const line of PERSON_KINDS.split("\n")) {
      const [x, y] = line.split(" ");
      link(x, y);
    }
    for (const line of NEWS_KINDS) for (const x of line.split(" ")) for (const y of line.split(" ")) if (x < y) link(x, y);
  }
  return kinds.get(a)?.has(b) ?? false;
}

/**
 * Kinds of place news calls by several nouns: "the store" of one report is "the shop" or "the boutique" of another
 * report of the same robbery. Each line is one kind.
 */
const PLACE_KINDS = [
  "store shop boutique jeweller jeweler outlet supermarket",
  "prison jail penitentiary lockup",
  "facility center centre clinic rehab",
  "hotel motel inn",
  "home house residence apartment flat",
  "hospital infirmary",
  "plant factory",
  "bank branch",
];
let placeKinds: Map<string, number> | undefined;
/** The nouns for the same kind of place as `head` ("center" → facility, centre, clinic, rehab), itself included. */
export function placeKindMates(head: string): string[] {
  const line = PLACE_KINDS.find((l) => l.split(" ").includes(head));
  return line ? line.split(" ") : [head];
}

/** Two head nouns of places that name the same kind of place: equal, or on one line of PLACE_KINDS. */
export function sameKindOfPlace(a: string, b: string): boolean {
  if (a === b) return true;
  placeKinds ??= new Map(PLACE_KINDS.flatMap((line, k) => line.split(" ").map((w) => [w, k] as [string, number])));
  const [x, y] = [placeKinds.get(a), placeKinds.get(b)];
  return x !== undefined && x === y;
}

/** The singular of a noun when the lexicon knows it: "robbers" → "robber", "policemen" → "policeman", "cities" → "city". */
export function singularNoun(word: string, known: (w: string) => boolean): { lemma: string; plural: boolean } | undefined {
  if (known(word)) return { lemma: word, plural: false };
  const tries: [RegExp, string][] = [[/men$/, "man"], [/ies$/, "y"], [/(ss|sh|ch|x|z)es$/, "$1"], [/ves$/, "fe"], [/ves$/, "f"], [/s$/, ""], [/ren$/, ""]];
  for (const [re, to] of tries) {
    if (!re.test(word)) continue;
    const lemma = word.replace(re, to);
    if (lemma !== word && known(lemma)) return { lemma, plural: true };
  }
  return undefined;
}

/** What a noun names: a person, a group of people, a place, or nothing we track. */
export function nounClass(word: string): { type: EntityType; lemma: string; plural: boolean } | undefined {
  const w = word.toLowerCase();
  if (NEVER_HEADS.has(w)) return undefined;
  // "The Russian government", "Kyiv's government": resolution may join it to the country it governs.
  if (w === "government" || w === "regime") return { type: "organization", lemma: w, plural: false };
  // "Protesters" is "protester" in the plural: its lemma is the singular, so it meets "demonstrators" and "a protester".
  if (GROUP_NOUNS.has(w)) return { type: "group", lemma: GROUP_SINGULAR.test(w) ? w.slice(0, -1) : w, plural: true };
  // "The 33-year-old": the tokenizer gives "33", "-", "year-old".
  if (w === "year-old" || w === "year-olds") return { type: w === "year-old" ? "person" : "group", lemma: "year-old", plural: w !== "year-old" };
  const { person, place } = nouns();
  const p = singularNoun(w, (x) => person.has(x));
  if (p) return { type: p.plural ? "group" : "person", ...p };
  const l = singularNoun(w, (x) => place.has(x));
  if (l) return { type: "location", ...l };
  return undefined;
}

const DEFINITE = new Set(["the", "this", "these", "those"]);
/** "Her lawyer": the possessive stays a pronoun of its own; the description starts after it. */
export const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const INDEFINITE = new Set(["a", "an", "another", "one", "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "other", "more", "few", "numerous", "no"]);
/** Words that end a noun phrase to the left: prepositions, verbs of saying, conjunctions. */
const PHRASE_BREAK = new Set([
  "of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "after", "before",
  "said", "says", "told", "was", "is", "were", "are", "be", "been", "has", "have", "had", "who", "which", "that",
  "when", "while", "than", "if", "about", "against", "over", "under", "during", "without", "not", "said", "say",
]);

/**
 * Descriptions in `tokens`: each from its determiner (or its first modifier) to its head noun. Tokens inside
 * `named` mentions are skipped, and so are heads that are titles of a name right after them.
 */
export function findDescriptions(text: string, tokens: Token[], named: EntityMention[]): Description[] {
  const inside = namedCover(tokens, named);
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i]) continue;
    const tok = tokens[i];
    if (!/^[A-Za-z][a-z-]*[a-z]$/.test(tok.text)) continue;
    // A capital inside a sentence is part of a name ("Police Chief", "Central Park"), unless the whole word is a group ("Police").
    if (/^[A-Z]/.test(tok.text) && !startsSentence(tokens, i) && !GROUP_NOUNS.has(tok.text.toLowerCase())) continue;
    const cls = nounClass(tok.text);
    if (!cls) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === tok.sentence) {
      // "police officer": a modifier; but "police suspect him": the next word is the verb.
      if (/^[a-z][a-z-]*$/.test(next.text) && nounClass(next.text) && !verbAfterNoun(tokens, i + 1, inside)) continue;
      if (/^[a-z]+$/.test(next.text) && COMPOUND_HEADS.has(next.text)) continue; // "prison sentence", "bank robbery"
      if (next.text === "'s" || next.text === "’s") continue; // "the man's car" still mentions him, but the phrase is his car's
      // "The city of Jakarta": the lead-in of a name, which is a mention already.
      if (cls.type === "location" && next.text === "of" && inside[i + 2]) continue;
    }
    const first = phraseStart(tokens, i, inside);
    const lead = tokens[first].text.toLowerCase();
    // Without a determiner, "accused", "suspect", "judge" after a name or pronoun are verbs: "Kyiv accused Russia".
    if (!DEFINITE.has(lead) && !INDEFINITE.has(lead) && !cls.plural && first === i && mayBeVerb(tokens, i, inside)) continue;
    const start = tokens[first].start;
    out.push({
      start, end: tok.end, text: text.slice(start, tok.end), type: cls.type,
      kind: "description", head: cls.lemma, plural: cls.plural, indefinite: INDEFINITE.has(lead),
    });
  }
  return out;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it", "who", "to", "would", "will", "could", "can", "may", "might", "should", "must", "not", "also"]);

/** Person nouns that are also common verbs: "police suspect him", "to judge", "they host". */
const VERB_NOUNS = new Set(["suspect", "judge", "guard", "cook", "witness", "host", "coach", "lead", "star", "model", "head", "chair", "referee", "umpire", "pilot", "nurse", "doctor", "father", "mother", "captain", "boss", "spy", "escort", "hire", "survivor", "rival", "champion", "partner", "contact", "visitor", "sponsor", "double", "stand", "judges", "hosts", "coaches", "leads", "stars", "models", "heads", "chairs", "pilots", "nurses"]);

/** "Police suspect him", "officials judge the": a noun-verb followed by an object. */
function verbAfterNoun(tokens: Token[], j: number, inside: boolean[]): boolean {
  const after = tokens[j + 1];
  if (!VERB_NOUNS.has(tokens[j].text.toLowerCase()) || !after || after.sentence !== tokens[j].sentence) return false;
  return inside[j + 1] || OBJECT_STARTS.has(after.text.toLowerCase());
}
const OBJECT_STARTS = new Set(["him", "her", "them", "it", "me", "us", "you", "the", "a", "an", "that", "his", "their", "this"]);

/** A bare head that may be a verb here: an "-ed" word, or a noun-verb right after a name, a pronoun or "to". */
function mayBeVerb(tokens: Token[], i: number, inside: boolean[]): boolean {
  const w = tokens[i].text.toLowerCase();
  if (/ed$/.test(w)) return true;
  const prev = tokens[i - 1];
  if (!VERB_NOUNS.has(w) || !prev || prev.sentence !== tokens[i].sentence) return false;
  if (inside[i - 1] || SUBJECT_PRONOUNS.has(prev.text.toLowerCase())) return true;
  // "Identified as mother Alice McMeekin", "with coach Jim Boeheim": before a name and after no subject, a title.
  if (inside[i + 1] && !nounClass(prev.text)) return false;
  return verbAfterNoun(tokens, i, inside);
}

/** Nouns that, right after a person or place noun, make it a modifier: "prison sentence", "bank robbery", "home town". */
const COMPOUND_HEADS = new Set([
  "sentence", "sentences", "term", "robbery", "robberies", "raid", "break", "escape", "riot", "fire", "blaze", "attack",
  "shooting", "killing", "murder", "death", "deaths", "officials", "spokesman", "spokeswoman", "chief", "department",
  "force", "car", "cars", "account", "accounts", "run", "runs", "town", "city", "game", "games", "team", "record",
  "records", "career", "debut", "title", "bed", "beds", "room", "staff", "system", "service", "services", "authorities",
  "council", "hall", "board", "district", "court", "group", "official", "union", "association", "rights", "vote",
  "election", "elections", "campaign", "policy", "talks", "deal", "rate", "rates", "levels", "level", "security",
  "network", "networks", "site", "sites", "data", "report", "reports", "news", "statement", "source", "sources",
  "line", "lines", "road", "roads", "area", "areas", "life", "lives", "history", "movie", "film", "show", "album",
]);

/** Determiner, numbers and modifiers before the head, back to the start of the phrase (at most four words). */
function phraseStart(tokens: Token[], i: number, inside: boolean[]): number {
  let first = i;
  for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j].sentence === tokens[i].sentence && !inside[j]; j--) {
    const w = tokens[j].text.toLowerCase();
    if (DEFINITE.has(w) || INDEFINITE.has(w)) return j;
    if (POSSESSIVES.has(w)) break;
    if (PHRASE_BREAK.has(w) || !/^([a-z0-9][a-z0-9-]*|-|[A-Z][a-z]+(an|ian|ese|ish|i)|\d[\d,.]*)$/i.test(tokens[j].text)) break;
    // A capitalised modifier is a demonym ("Ukrainian officials"); any other capital ends the phrase.
    if (/^[A-Z]/.test(tokens[j].text) && !/(an|ian|ese|ish|i)$/.test(tokens[j].text)) break;
    if (/^[A-Z]/.test(tokens[j].text)) { first = j; continue; }
    if (!isModifier(tokens[j].text)) break;
    first = j;
  }
  // Without a determiner, only a demonym or a number is kept before the head: "Ukrainian officials", "two men";
  // a bare lower-case word before it may be a verb ("arrested police").
  while (first < i && (/^[a-z]/.test(tokens[first].text) || tokens[first].text === "-")) first++;
  return first;
}

/** Words between a determiner and its head that are not modifiers: auxiliaries, adverbs, verbs in -s. */
const NOT_MODIFIERS = new Set(["could", "would", "can", "will", "may", "might", "should", "must", "do", "does", "did", "once", "then", "now", "also", "still", "just", "even", "only", "never", "ever", "already", "allow", "amid", "not", "so", "very", "too", "which", "what", "who", "where", "when", "how", "why"]);
const isModifier = (w: string): boolean => {
  const lower = w.toLowerCase();
  if (NOT_MODIFIERS.has(lower) || /ly$/.test(lower)) return false;
  // "sends", "comes": a word in -s between determiner and head is a verb as a rule ("the attacker sends victims").
  return !/[^su]s$/.test(lower) || /(ous|ics|ss|'s)$/.test(lower) || /^\d/.test(lower);
};

function startsSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i].sentence || /^["“'‘(]$/.test(prev.text);
}

/** For each token, whether a named mention covers it. */
function namedCover(tokens: Token[], named: EntityMention[]): boolean[] {
  const cover = new Array<boolean>(tokens.length).fill(false);
  const sorted = [...named].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (k < sorted.length && sorted[k].end <= tokens[i].start) k++;
    for (let j = k; j < sorted.length && sorted[j].start < tokens[i].end; j++)
      if (sorted[j].end > tokens[i].start) { cover[i] = true; break; }
  }
  return cover;
}
