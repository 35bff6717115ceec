/**
 * An event's one-sentence summary: who did what to whom, where, when — "Russian forces carried out rocket strikes
 * on the Ukrainian city of Kharkiv on 28 February 2022." Built from the event's resolved arguments and its own
 * clause: the subject is its named actors (a pronoun or description is replaced by the name it refers to), the verb
 * is the trigger in a readable form (a nominal trigger gets the verb that does it: "imposed sanctions", "talks were
 * held"), the rest of the clause is kept as written up to the next clause, then the places not yet said and the
 * stated time. Every summary is a sentence with a finite verb, never a bare noun ("Ceasefire") or a pronoun subject.
 */
import type { AnalysedDocument, EntityMention, EventType, Modality, TimeValue } from "../types.js";
import type { Range, SentenceView } from "./context.js";
import type { TriggerMatch } from "./triggers.js";
import type { Arguments } from "./arguments.js";
import { CLAUSE_BREAKERS } from "./lexicon/arguments.js";
import { EVENT_NOUN_BY_MODE, EVENT_NOUN_BY_TYPE, FINITE_WORDS, LIGHT_VERB_BY_NOUN, LIGHT_VERB_BY_TYPE, LINKING_VERBS, PASSIVE_OF_LIGHT_VERB } from "./lexicon/summary.js";
import { pastForms } from "./inflect.js";
import { countryName, countryOfDemonym } from "../nlp/geo/index.js";

export interface SummaryInput {
  a: AnalysedDocument;
  v: SentenceView;
  m: TriggerMatch;
  type: EventType;
  mode?: string;
  modality: Modality;
  args: Arguments;
  time?: TimeValue;
  names: NameOf;
  /** Actors carried over from a coordinated verb before it ("shelled and captured the town"). */
  inheritedActors?: Range[];
  /** Token index of the next verb trigger in the sentence, where this event's clause ends. */
  nextVerb?: number;
  /** Token index of the verb this one is coordinated with ("was shot and killed"), whose subject it shares. */
  previousVerb?: number;
}

/** The display name of an argument range: the name a pronoun or description refers to, the fullest form of a person's name. */
export type NameOf = (r: Range) => string | undefined;

const key = (r: Range) => `${r.start}:${r.end}`;
const REPORTING = new Set(["said", "says", "say", "told", "tells", "according", "reported", "reports", "stated", "added", "claimed", "announced", "estimated", "commented", "posted", "insisted", "warned"]);
const PREPOSITIONS = new Set(["of", "in", "on", "at", "for", "with", "by", "from", "into", "over", "against", "about", "near", "to", "toward", "towards", "across", "between", "amid", "outside", "inside", "off", "upon"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some", "any", "no"]);
const TRAILING_JUNK = /^(the|a|an|and|or|but|of|in|on|at|for|with|by|from|into|to|as|its|his|her|their|this|that|some|any|both|either|whose|,|;|:|-|—|–|'s)$/;
const QUOTE = /^["“”‘’'\[\]]$/;
const PLACE_WORD: Record<string, string> = { origin: "from", target: "on", venue: "in", area: "in" };
const MAX_REST = 16;

/** The display names of one document's mentions, computed on demand. */
export function nameResolver(a: AnalysedDocument): NameOf {
  const byRange = new Map(a.mentions.map((m) => [key(m), m]));
  const persons = a.mentions.filter((m) => m.type === "person" && !m.refersTo);
  const text = a.doc.text;
  return (r) => {
    let m: EntityMention | undefined = byRange.get(key(r));
    if (!m) return undefined;
    let hops = 0;
    while (m.refersTo && hops++ < 4) {
      const next: EntityMention | undefined = byRange.get(key(m.refersTo));
      if (!next) return cleanName(text.slice(m.refersTo.start, m.refersTo.end));
      m = next;
    }
    let name = cleanName(m.text);
    if (m.type === "person") {
      // "Putin" → "Vladimir Putin": the fullest name of the same person in the report
      const last = name.split(/\s+/).at(-1)!;
      const fuller = persons.filter((p) => p.text.length > name.length && cleanName(p.text).split(/\s+/).at(-1) === last);
      if (fuller.length) name = cleanName(fuller.sort((x, y) => y.text.length - x.text.length)[0].text);
    } else if (/^the\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && !/^the\b/i.test(name)) {
      name = "the " + name; // "the US", "the Kremlin", "the North Atlantic Treaty Organisation"
    }
    return name;
  };
}

const cleanName = (s: string) => s.replace(/['’]s$/, "").replace(/\s+/g, " ").trim();

/** One plain sentence for an event, ending with a full stop. */
export function summarise(x: SummaryInput): string {
  return summaryWithRank(x).text;
}

/**
 * The summary and how much it tells, for choosing among the tellings of one event: a named doer counts most, then
 * what it was done to, where and a stated time; a sentence that could only name the kind of event counts least.
 */
export function summaryWithRank(x: SummaryInput): { text: string; rank: number } {
  const body = x.m.entry.pos === "verb" ? verbSummary(x) : nounSummary(x);
  const subject = x.args.subjectActors.length > 0 || (x.inheritedActors?.length ?? 0) > 0 || x.args.actors.length > 0;
  const rank = (body.fallback ? -5 : 0) + (subject ? 3 : 0) + (x.args.targets.length ? 1 : 0) + (x.args.places.length ? 1 : 0) + (x.time && !x.time.inferred ? 1 : 0);
  return { text: finish(x, body), rank };
}

interface Body {
  text: string;
  /** Token ranges of the sentence the text already tells (for places not to be said twice). */
  covered: [number, number][];
  /** Only the kind of event could be told ("A meeting is planned"). */
  fallback?: boolean;
}

// ── verbs ──────────────────────────────────────────────────────────────────

function verbSummary(x: SummaryInput): Body {
  const { v, m, args } = x;
  const subject = [...args.subjectActors].sort((p, q) => p.start - q.start);
  const restRange = restOf(x, m.last + 1);
  if (!m.passive) {
    if (subject.length) {
      const [first, last] = [tokenAt(v, subject[0].start), tokenEnding(v, subject.at(-1)!.end)];
      const finite = !/ing$/.test(v.words[m.first]) || /^(is|are|was|were|be|been|am|'s|'re)$/.test(v.words[m.first - 1] ?? "");
      if (finite && literalBetween(v, last + 1, m.first) && !/^(to|["“”‘’'])$/.test(v.words[m.first - 1] ?? "")) {
        return literal(x, subjectText(x, subject), last + 1, restRange[1], [[first, restRange[1]]]);
      }
      return composedActive(x, subjectText(x, subject), restRange, subject.length > 1 || pluralName(x, subject[0]));
    }
    const undergoer = leftUndergoer(x);
    if (undergoer !== undefined) return literal(x, "", undergoer, restRange[1], [[undergoer, restRange[1]]]);
    if (x.inheritedActors?.length) return composedActive(x, subjectText(x, x.inheritedActors), restRange, x.inheritedActors.length > 1);
    const plain = plainSubjectStart(v, m.first) ?? (x.previousVerb !== undefined ? plainSubjectStart(v, x.previousVerb) : undefined);
    if (plain !== undefined && (!/ing$/.test(v.words[m.first]) || /^(is|are|was|were|been|be|am)$/.test(v.words[m.first - 1] ?? ""))) {
      return literal(x, "", plain, restRange[1], [[plain, restRange[1]]]);
    }
    const object = objectPhrase(x, restRange);
    if (object) {
      const [objFirst, objLast] = object;
      const subj = render(x, objFirst, objLast);
      return {
        text: `${subj} ${passivePhrase(x.modality, pluralPhrase(v, objFirst, objLast), participleOf(x))} ${render(x, objLast + 1, restRange[1])}`,
        covered: [restRange],
      };
    }
    return fallback(x, restRange);
  }
  // passive: "The town was shelled by Russian forces" → "Russian forces shelled the town"
  const byActors = args.actors.filter((r) => !subject.includes(r) && r.start > x.v.tokens[m.last].end);
  const patientFirst = passiveSubjectStart(x);
  if (byActors.length) {
    const skip = byPhrase(x, byActors);
    const doer = byDoer(x, byActors);
    if (patientFirst === undefined) {
      // no patient before the verb: "(who) have been killed by illegal aliens" → "A killing by illegal aliens took place."
      const noun = (x.mode && EVENT_NOUN_BY_MODE[x.mode]) || EVENT_NOUN_BY_TYPE[x.type];
      return { text: `${noun} by ${doer} ${intransitive(x.modality, /[^s]s$/.test(noun))}`, covered: [[m.first, restRange[1]]] };
    }
    let object = patientFirst !== undefined ? render(x, patientFirst, auxStart(v, m.first) - 1) : "";
    if (patientFirst === 0 && !v.mentionAt[0]) object = object.charAt(0).toLowerCase() + object.slice(1); // "The town" opened the sentence
    const rest = render(x, restRange[0], restRange[1], skip);
    const verb = activePhrase(x, byActors.length > 1 || pluralName(x, byActors[0]));
    return { text: `${doer} ${verb} ${object} ${rest}`, covered: [[patientFirst ?? m.first, restRange[1]]] };
  }
  if (patientFirst !== undefined) return literal(x, "", patientFirst, restRange[1], [[patientFirst, restRange[1]]]);
  const plain = plainSubjectStart(v, m.first) ?? (x.previousVerb !== undefined ? plainSubjectStart(v, x.previousVerb) : undefined);
  if (plain !== undefined) return literal(x, "", plain, restRange[1], [[plain, restRange[1]]]);
  return fallback(x, restRange);
}

/**
 * The subject of a verb when it names no entity: "the teenager (was shot)", "he (asked to use the phone)", "the
 * bank (caught fire)" — a short phrase right before the verb and its auxiliaries, in the verb's clause. Not an
 * empty "it", the speaker's "I" or "we", or a relative pronoun.
 */
function plainSubjectStart(v: SentenceView, verb: number): number | undefined {
  let k = auxStart(v, verb) - 1;
  // an apposition between subject and verb: "Scott Russell, 46, (was injured)", "… Hakim, both 51, (died)"
  if (v.words[k] === ",") {
    let j = k - 1;
    while (j > 0 && k - j <= 4 && v.words[j] !== ",") j--;
    if (v.words[j] === "," && j < k - 1) k = j - 1;
  }
  const last = k;
  while (k >= 0 && last - k < 5) {
    const w = v.words[k];
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u.test(v.tokens[k].text) || CLAUSE_BREAKERS.has(w) || PREPOSITIONS.has(w) || REPORTING.has(w) || /^(and|or|but|to|than|so)$/.test(w)) break;
    k--;
  }
  const first = k + 1;
  if (first > last) return undefined;
  const words = v.words.slice(first, last + 1);
  if (words.length === 1 && /^(it|i|we|you|that|this|there|these|those|which|who|what|one|all|some|many)$/.test(words[0])) return undefined;
  if (words.every((w) => DETERMINERS.has(w) || AUXILIARIES.has(w))) return undefined;
  return first;
}

/** Words between the subject and the verb that can be kept as written: "has since", "on Monday", "could". */
function literalBetween(v: SentenceView, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    const w = v.words[k];
    if (w === "," || w === "(" || w === ")" || w === "who" || w === "which" || w === "that" || REPORTING.has(w)) return false;
  }
  return true;
}

/** The subject of an active verb that tells what it happened to: "At least 210 Ukrainian civilians (have died)". */
function leftUndergoer(x: SummaryInput): number | undefined {
  const { v, m, args } = x;
  if (!m.entry.subjectUndergoes && !args.instrument) return undefined;
  const before = [...args.targets, ...(args.instrument ? [args.instrument] : [])].filter((r) => r.end <= v.tokens[m.first].start).sort((p, q) => p.start - q.start);
  if (!before.length) return undefined;
  let first = tokenAt(v, before[0].start);
  if (!literalBetween(v, tokenEnding(v, before.at(-1)!.end) + 1, m.first)) return undefined;
  return withFigure(v, first);
}

/** A figure just before the people it counts belongs to the subject: "more than 4,300 (Russian troops)". */
function withFigure(v: SentenceView, first: number): number {
  let k = first;
  while (k > 0 && /^(\d[\d,.]*|more|than|at|least|about|around|some|over|nearly|almost|dozens|hundreds|thousands|of|up|to|roughly|approximately|an|estimated)$/.test(v.words[k - 1])) k--;
  while (k < first && (/^(of|up|to|than|an)$/.test(v.words[k]) || (v.words[k] === "at" && v.words[k + 1] !== "least"))) k++; // a figure does not start with a function word
  return /^(\d|dozens|hundreds|thousands|more|at|about|around|some|over|nearly|almost|roughly|approximately|an)/.test(v.words[k] ?? "") ? k : first;
}

/** The object phrase of an active verb with no subject: the words up to the first preposition. */
function objectPhrase(x: SummaryInput, rest: [number, number]): [number, number] | undefined {
  const { v } = x;
  const [from, to] = rest;
  if (from > to || PREPOSITIONS.has(v.words[from]) || v.words[from] === "to") return undefined;
  if (/^(me|you|us|him|her|them|it|this|that|everything|everyone|anything|something)$/.test(v.words[from])) return undefined;
  let k = from;
  const ends = (w: string) => PREPOSITIONS.has(w) || AUXILIARIES.has(w) || FINITE_WORDS.has(w) || /^(who|which|that|whose)$/.test(w);
  while (k < to && !ends(v.words[k + 1]) && k - from < 6) k++;
  return /^[\p{L}\p{N}]/u.test(v.words[k]) ? [from, k] : undefined;
}

/** Where the subject of a passive verb starts: "Iskander missiles (were launched)", "dozens of people (were killed)". */
function passiveSubjectStart(x: SummaryInput): number | undefined {
  const { v, m, args } = x;
  const candidates = [args.patient, args.instrument, ...args.targets].filter((r): r is Range => !!r && r.end <= v.tokens[m.first].start);
  if (!candidates.length) return undefined;
  let first = tokenAt(v, Math.min(...candidates.map((r) => r.start)));
  first = withFigure(v, first);
  if (/^(the|a|an)$/.test(v.words[first - 1] ?? "")) first--; // "the town (was shelled)"
  const aux = auxStart(v, m.first);
  if (aux - first > 8 || first >= aux) return undefined;
  for (let k = first; k < aux; k++) if (v.words[k] === "," || REPORTING.has(v.words[k])) return undefined;
  return first;
}

/** The first auxiliary of a passive: "have reportedly (been) launched" → the index of "have". */
function auxStart(v: SentenceView, verb: number): number {
  let k = verb;
  while (k > 0 && /^(was|were|been|being|be|is|are|has|have|had|not|n't|also|reportedly|allegedly|already|since|then|all|later|get|got|will|would|could|may|might|should|'s|'re)$|ly$/.test(v.words[k - 1])) k--;
  return k;
}

/** Token indices of "by X" after a passive verb, left out when X becomes the subject. */
function byPhrase(x: SummaryInput, actors: Range[]): Set<number> {
  const skip = new Set<number>();
  const [from, to] = byExtent(x, actors);
  for (let k = from; k <= to; k++) skip.add(k);
  return skip;
}

/** From "by" to the last actor named after it: "by the Indian Naval ship", "by illegal aliens". */
function byExtent(x: SummaryInput, actors: Range[]): [number, number] {
  const { v } = x;
  const first = tokenAt(v, Math.min(...actors.map((r) => r.start)));
  const last = tokenEnding(v, Math.max(...actors.map((r) => r.end)));
  let b = first - 1;
  while (b >= 0 && first - b <= 4 && v.words[b] !== "by") b--;
  return v.words[b] === "by" ? [b, last] : [first, last];
}

/** The doer named after "by", as the new subject: its words as written, pronouns resolved. */
function byDoer(x: SummaryInput, actors: Range[]): string {
  const [from, to] = byExtent(x, actors);
  const words = render(x, x.v.words[from] === "by" ? from + 1 : from, to);
  return actors.length === 1 && !x.v.mentionAt[tokenAt(x.v, actors[0].start)]?.refersTo && words.split(" ").length > 1 ? words : subjectText(x, actors);
}

// ── nouns ──────────────────────────────────────────────────────────────────

function nounSummary(x: SummaryInput): Body {
  const { v, m, args } = x;
  const npFirst = nounPhraseStart(v, m.first);
  const restRange = restOf(x, m.last + 1);
  const subject = [...args.subjectActors].sort((p, q) => p.start - q.start);
  const np = nounPhrase(x, npFirst);
  const plural = /[^s]s$/.test(v.words[m.last]) || v.words[m.last] === "talks";
  // "Russia's invasion", "the Russian invasion": the actor is a modifier of the noun, not the subject of a clause
  const modifier = args.possessiveSubject || v.words[npFirst - 1] === "'s" || (subject.length > 0 && tokenEnding(v, subject.at(-1)!.end) >= npFirst - 1);
  if (subject.length && !modifier) {
    const [first, last] = [tokenAt(v, subject[0].start), tokenEnding(v, subject.at(-1)!.end)];
    if (literalBetween(v, last + 1, npFirst) && hasFinite(v, last + 1, npFirst - 1)) {
      return literal(x, subjectText(x, subject), last + 1, restRange[1], [[first, restRange[1]]]);
    }
  }
  // the subject of the clause that holds the noun does it ("Putin has put the forces on alert"), unless another
  // clause or verb phrase comes between ("…will be pursuing funds and will compete for the nomination")
  const subjectEnd = subject.length ? tokenEnding(v, subject.at(-1)!.end) : -1;
  const near = subject.length > 0 && npFirst - subjectEnd <= 12 && !v.words.slice(subjectEnd + 1, npFirst).some((w) => CLAUSE_BREAKERS.has(w) || w === "and" || w === "or" || REPORTING.has(w));
  if (subject.length && (modifier || near)) {
    const light = lightVerbOf(x);
    const subj = subjectText(x, subject);
    const rest = render(x, restRange[0], verbCut(v, restRange));
    const many = subject.length > 1 || pluralName(x, subject[0]);
    if (light) return { text: `${subj} ${verbPhrase(light.verb, x.modality, many)} ${np.indefinite} ${rest}`, covered: [[npFirst, restRange[1]]] };
    return { text: `${np.indefinite} involving ${subj} ${rest} ${intransitive(x.modality, plural)}`, covered: [[npFirst, restRange[1]]] };
  }
  if (clauseFollows(v, m.last + 1, restRange[1])) return literal(x, np.asWritten, m.last + 1, restRange[1], [[npFirst, restRange[1]]]);
  const rest = render(x, restRange[0], verbCut(v, restRange));
  const light = lightVerbOf(x);
  const verb = m.entry.outcome
    ? passivePhrase(x.modality, plural, "reported")
    : light
      ? passivePhrase(x.modality, plural, PASSIVE_OF_LIGHT_VERB[light.verb] ?? pastForms(light.verb.split(" ")[0]).participle)
      : intransitive(x.modality, plural);
  return { text: `${np.indefinite} ${rest} ${verb}`, covered: [[npFirst, restRange[1]]] };
}

/** A verb follows the noun phrase in its clause: "talks are set to be held", "the meeting is being held", "talks ended". */
function clauseFollows(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = v.words[k];
    if (/^(we|they|he|she|it|i|you|who|which)$/.test(w)) return false; // "the kind of ceasefire we have": another clause
    if (AUXILIARIES.has(w)) return true;
    if (k === from && (/[a-z]{2,}ed$/.test(w) || FINITE_WORDS.has(w))) return true; // "talks collapsed"
  }
  return false;
}

const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "continues", "continue", "remains", "remain", "began", "begins", "ended", "ends", "started", "starts", "took", "takes"]);

/** The rest of a clause up to its first verb: a composed sentence brings its own verb ("an agreement … made earlier" → "an agreement … was reached"). */
function verbCut(v: SentenceView, rest: [number, number]): number {
  for (let k = rest[0]; k <= rest[1]; k++) {
    const w = v.words[k];
    if (/^(we|they|he|she|it|i|you|who|which)$/.test(w) || AUXILIARIES.has(w) || FINITE_WORDS.has(w) || (/[a-z]{2,}ed$/.test(w) && !v.mentionAt[k] && !DETERMINERS.has(v.words[k - 1] ?? ""))) {
      let last = k - 1;
      while (last >= rest[0] && TRAILING_JUNK.test(v.words[last])) last--;
      return last;
    }
  }
  return rest[1];
}

/** Where the noun phrase of a nominal trigger starts: its modifiers ("rocket strikes", "immediate ceasefire") and determiner. */
function nounPhraseStart(v: SentenceView, first: number): number {
  let k = first;
  for (let n = 0; n < 2 && k > 0; n++) {
    const w = v.words[k - 1];
    if (v.mentionAt[k - 1] && v.mentionAt[k - 1]!.type !== "weapon" && v.mentionAt[k - 1]!.type !== "other") break;
    if (!/^[\p{Ll}][\p{L}-]*$/u.test(v.tokens[k - 1].text) && v.mentionAt[k - 1]?.type !== "weapon") break;
    const weapon = v.mentionAt[k - 1]?.type === "weapon";
    if (/^(to|will|would|could|can|may|might|should|must)$/.test(v.words[k - 2] ?? "")) break; // "agreed to hold talks": a verb
    if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || CLAUSE_BREAKERS.has(w) || REPORTING.has(w) || FINITE_WORDS.has(w) || /ed$/.test(w) || w === "and" || w === "or") break;
    if (/[^s]s$/.test(w) && !weapon) break; // "brings new casualties": a verb, not a modifier
    k--;
  }
  if (k > 1 && v.words[k - 1] === "-" && /^\d/.test(v.words[k - 2])) k -= 2; // "a 12-year sentence"
  if (/^(the|a|an)$/.test(v.words[k - 1] ?? "")) k--;
  return k;
}

/** The trigger's noun phrase as written ("the missile attack") and with an indefinite article for a new sentence. */
function nounPhrase(x: SummaryInput, npFirst: number): { asWritten: string; indefinite: string } {
  const { v, m } = x;
  const asWritten = render(x, npFirst, m.last);
  const bare = render(x, /^(the|a|an)$/.test(v.words[npFirst]) ? npFirst + 1 : npFirst, m.last);
  const head = v.words[m.last];
  const mass = /^(fighting|shelling|flooding|rioting|looting|unrest|aid|cooperation|damage|gunfire|fire|war|support|custody|testimony|arson|flooding|downtime|disruption|asylum|detention|mobilization|mobilisation|alert|duty|readiness)$/.test(head);
  const plural = /[^s]s$/.test(head);
  const followedByOf = v.words[m.last + 1] === "of";
  const article = plural || mass ? (followedByOf ? "the " : "") : followedByOf ? "the " : /^[aeiou]/i.test(bare) ? "an " : "a ";
  return { asWritten, indefinite: article + bare };
}

function lightVerbOf(x: SummaryInput) {
  return LIGHT_VERB_BY_NOUN[x.m.entry.match] ?? LIGHT_VERB_BY_TYPE[x.type];
}

// ── shared ─────────────────────────────────────────────────────────────────

/** The rest of the trigger's clause: its object and phrases, up to a clause break, a verb of saying or the next verb event. */
function restOf(x: SummaryInput, from: number): [number, number] {
  const { v } = x;
  let k = from;
  const end = Math.min(v.words.length, x.nextVerb ?? v.words.length);
  for (; k < end; k++) {
    const w = v.words[k];
    if (w === ",") {
      const both = v.mentionAt[k - 1]?.type === "location" && v.mentionAt[k + 1]?.type === "location"; // "Gomel, Belarus"
      const next3 = v.words.slice(k + 1, k + 4);
      const list = !/^(and|or|but)$/.test(next3[0] ?? "") && next3.some((x) => x === "and" || x === "or") && !next3.includes(","); // "air, land and sea forces"
      if (both || list) continue;
      break;
    }
    if ((CLAUSE_BREAKERS.has(w) && w !== "that") || REPORTING.has(w) || LINKING_VERBS.has(w) || w === "." || w === "?" || w === "!") break;
    if (w === "and" && AUXILIARIES.has(v.words[k + 1] ?? "") && k > from) break; // "a sentence for … | and was due to be released"
    // a verb's object ends where another verb begins: "supported more gun control | is itself a form of…"
    if (x.m.entry.pos === "verb" && (AUXILIARIES.has(w) || w === "n't" || w === "not") && !(k === from && /^(not|n't)$/.test(w))) break;
    if (w === "that" && !/^(all|so|such)$/.test(v.words[k - 1] ?? "")) break;
  }
  let last = Math.min(k - 1, from + MAX_REST - 1);
  if (k - 1 > last) {
    // too long: cut before the last phrase that would be left half-told
    while (last > from && !PREPOSITIONS.has(v.words[last + 1] ?? "") && v.words[last + 1] !== "and") last--;
  }
  while (last >= from && (TRAILING_JUNK.test(v.words[last]) || QUOTE.test(v.words[last]))) last--;
  return [from, last];
}

/** Subject + the words from `from` to `to` as written. */
function literal(x: SummaryInput, subject: string, from: number, to: number, covered: [number, number][]): Body {
  return { text: `${subject} ${render(x, from, to)}`, covered };
}

function composedActive(x: SummaryInput, subject: string, rest: [number, number], plural: boolean): Body {
  return { text: `${subject} ${activePhrase(x, plural)} ${render(x, rest[0], rest[1])}`, covered: [[x.m.first, rest[1]]] };
}

/** The trigger verb in the summary's tense: "fired", "did not attack", "will deploy", "are to meet", "could ask". */
function activePhrase(x: SummaryInput, plural: boolean): string {
  return verbPhrase(x.m.entry.match, x.modality, plural);
}

function verbPhrase(lemmaWords: string, modality: Modality, plural: boolean): string {
  const [lemma, ...particles] = lemmaWords.split(" ");
  const tail = particles.length ? " " + particles.join(" ") : "";
  switch (modality) {
    case "negated": return `did not ${lemma}${tail}`;
    case "future": return `will ${lemma}${tail}`;
    case "planned": return `${plural ? "are" : "is"} to ${lemma}${tail}`;
    case "hypothetical": return `could ${lemma}${tail}`;
    default: return pastForms(lemma).past + tail;
  }
}

function participleOf(x: SummaryInput): string {
  const [lemma, ...particles] = x.m.entry.match.split(" ");
  return pastForms(lemma).participle + (particles.length ? " " + particles.join(" ") : "");
}

function passivePhrase(modality: Modality, plural: boolean, participle: string): string {
  switch (modality) {
    case "negated": return `${plural ? "were" : "was"} not ${participle}`;
    case "future": return `will be ${participle}`;
    case "planned": return `${plural ? "are" : "is"} to be ${participle}`;
    case "hypothetical": return `could be ${participle}`;
    default: return `${plural ? "were" : "was"} ${participle}`;
  }
}

function intransitive(modality: Modality, plural: boolean): string {
  switch (modality) {
    case "negated": return "did not take place";
    case "future": return "will take place";
    case "planned": return plural ? "are planned" : "is planned";
    case "hypothetical": return "could take place";
    default: return "took place";
  }
}

/** An event with no participant: "A meeting is planned near the Pripyat River." */
function fallback(x: SummaryInput, rest: [number, number]): Body {
  const noun = (x.mode && EVENT_NOUN_BY_MODE[x.mode]) || EVENT_NOUN_BY_TYPE[x.type];
  const plural = /[^s]s$/.test(noun);
  return { text: `${noun} ${intransitive(x.modality, plural)}`, covered: [[x.m.first, x.m.first]], fallback: true };
}

function subjectText(x: SummaryInput, ranges: Range[]): string {
  const names = [...new Set(ranges.map((r) => countryOfAdjective(x.names(r) ?? x.a.doc.text.slice(r.start, r.end))))];
  if (names.length <= 2) return names.join(" and ");
  return names.slice(0, -1).join(", ") + " and " + names.at(-1);
}

/** "the Russian (invasion)" as a subject is the country: "Russia". */
function countryOfAdjective(name: string): string {
  const bare = name.replace(/^the\s+/i, "");
  if (!/^\p{Lu}\p{Ll}+(ian|ese|ish|ean|an|i)$/u.test(bare)) return name;
  const code = countryOfDemonym(bare);
  return (code && countryName(code)) || name;
}

/** Whether a named subject takes a plural verb: a group ("Russian forces"), not a person, place or organisation. */
function pluralName(x: SummaryInput, r: Range): boolean {
  const m = x.v.mentionAt[tokenAt(x.v, r.start)];
  if (m && (m.type === "person" || m.type === "location" || m.type === "organization")) return false;
  return /[^s]s$/i.test(x.a.doc.text.slice(r.start, r.end));
}

function pluralPhrase(v: SentenceView, first: number, last: number): boolean {
  if (v.words.slice(first, last + 1).includes("and")) return true;
  let head = last;
  const of = v.words.slice(first, last + 1).indexOf("of");
  if (of > 0) head = first + of - 1; // "dozens of people": the head is before "of"
  return /[^s]s$/.test(v.words[head]) || /^(people|police|children|men|women)$/.test(v.words[head]);
}

function hasFinite(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = v.words[k];
    if (FINITE_WORDS.has(w)) return true;
    if (/[a-z]{2,}ed$/.test(w) && !DETERMINERS.has(v.words[k - 1] ?? "") && !v.mentionAt[k]) return true;
  }
  return false;
}

/**
 * Tokens [from, to] as written, with a pronoun or description replaced by the name it refers to, time expressions
 * (said again at the end, resolved) and quotation marks left out.
 */
function render(x: SummaryInput, from: number, to: number, skip?: Set<number>): string {
  const { v, a } = x;
  const text = a.doc.text;
  const times = timesOf(a, v);
  const timeAt = (k: number) => times.some((t) => t.span.start <= v.tokens[k].start && v.tokens[k].end <= t.span.end);
  const out: string[] = [];
  let prevKept = -2;
  for (let k = from; k <= to; k++) {
    if (skip?.has(k)) continue;
    const tok = v.tokens[k];
    if (QUOTE.test(tok.text) || /^translation$/i.test(tok.text)) continue;
    if (timeAt(k)) {
      // the preposition before a time goes with it: "on Monday", "at 3pm"
      if (prevKept === k - 1 && /^(on|at|in|since|by|of)$/i.test(v.words[k - 1]) && out.length) out.pop();
      continue;
    }
    if (/^(on|at|in)$/.test(v.words[k]) && k + 1 <= to && timeAt(k + 1)) continue;
    const m = v.mentionAt[k];
    let piece = tok.text;
    // a description right before the name it refers to stays as written: "Belarusian (president) Alexander Lukashenko"
    if (m?.refersTo && !(m.refersTo.start >= m.end && m.refersTo.start - m.end <= 2)) {
      if (v.mentionAt[k - 1] === m && k > from) continue;
      piece = x.names({ start: m.start, end: m.end }) ?? tok.text;
      if (/^(his|her|its|their)$/i.test(m.text)) piece += "'s";
    }
    const gap = prevKept === k - 1 ? text.slice(v.tokens[k - 1].end, tok.start) : " ";
    out.push((out.length ? gap : "") + piece);
    prevKept = k;
  }
  return out.join("");
}

const timesBySentence = new WeakMap<SentenceView, AnalysedDocument["times"]>();

/** The dates and times written in a sentence, once per sentence. */
function timesOf(a: AnalysedDocument, v: SentenceView): AnalysedDocument["times"] {
  let list = timesBySentence.get(v);
  if (!list) {
    list = a.times.filter((t) => (t.kind === "date" || t.kind === "time") && t.span.start < v.end && t.span.end > v.start);
    timesBySentence.set(v, list);
  }
  return list;
}

/** Places not yet told, the stated time, a capital and a full stop. */
function finish(x: SummaryInput, body: Body): string {
  const { v } = x;
  let s = body.text.replace(/\s+/g, " ").replace(/\s+([,.;:!?)])/g, "$1").replace(/\(\s+/g, "(").trim();
  const inside = (r: Range) => body.covered.some(([f, l]) => f <= l && v.tokens[f].start <= r.start && r.end <= v.tokens[l].end);
  for (const p of x.args.places) {
    if (inside(p.range)) continue;
    const name = x.names(p.range) ?? x.a.doc.text.slice(p.range.start, p.range.end);
    if (s.toLowerCase().includes(name.toLowerCase())) continue;
    s += ` ${p.prep || PLACE_WORD[p.role]} ${name}`;
  }
  const when = x.time && !x.time.inferred ? timePhrase(x.time) : "";
  if (when) s += " " + when;
  s = s.replace(/\s+/g, " ").replace(/[\s,;:—–-]+$/, "").trim();
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "on 27 February 2022", "at 15:00 UTC on 27 February 2022", "in March 2022", "in 2021". */
export function timePhrase(t: TimeValue): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?(Z|[+-]\d{2}:?\d{2})?/.exec(t.start);
  if (!m) return "";
  const [, y, mo, d, hh, mm, zone] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (d && month) {
    const day = `on ${Number(d)} ${month} ${y}`;
    if (hh && (t.precision === "minute" || t.precision === "hour")) return `at ${hh}:${mm}${zone ? (zone === "Z" ? " UTC" : ` (UTC${zone})`) : ""} ${day}`;
    return day;
  }
  if (month && t.precision === "month") return `in ${month} ${y}`;
  if (t.precision === "year" && !mo) return `in ${y}`;
  return "";
}

// ── token offsets ──────────────────────────────────────────────────────────

function tokenAt(v: SentenceView, offset: number): number {
  const i = v.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? v.tokens.length - 1 : i;
}

function tokenEnding(v: SentenceView, offset: number): number {
  let i = v.tokens.length - 1;
  while (i > 0 && v.tokens[i].start >= offset) i--;
  return i;
}

