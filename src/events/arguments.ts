/**
 * Who did it, to whom, where: arguments read from the words around an event word by the patterns of
 * lexicon/arguments.ts. The subject before an active verb is the actor ("the US and UK unveiled sanctions": both);
 * the subject before a passive verb is what it was done to or with ("Iskander missiles were launched"), and "by X"
 * names the actor; prepositional phrases give places and targets their roles.
 */
import type { EntityMention, EventType } from "../types.js";
import { CLAUSE_BREAKERS, LIGHT_VERB_WORDS, LIGHT_VERBS, OTHER_PREPOSITIONS, PHRASE_BREAKERS, PREPOSITION_ROLES, type ArgumentRole } from "./lexicon/arguments.js";
import type { Range, SentenceView } from "./context.js";
import type { TriggerMatch } from "./triggers.js";

export type PlaceRole = "origin" | "target" | "venue" | "area";

export interface Arguments {
  actors: Range[];
  targets: Range[];
  places: { range: Range; role: PlaceRole; prep: string }[];
  /** The passive subject when it is the thing used ("Iskander missiles"), for the summary. */
  instrument?: Range;
  /** The phrase the event was done to when no mention names it ("dozens of people"), for the summary. */
  patient?: Range;
  /** The preposition that introduced the first target ("of Ukraine", "against Russia"), for the summary. */
  targetPrep?: string;
  /** The actors named as the subject before the trigger (not in a phrase after it), for the summary. */
  subjectActors: Range[];
  /** The subject was a possessive before a noun: "Russia's invasion". */
  possessiveSubject?: boolean;
}

const PREPOSITIONS = new Set(PREPOSITION_ROLES.map((p) => p.prep));
const REPORTING = new Set(["said", "says", "told", "stated", "announced", "claimed", "estimated", "reported", "according", "added", "commented", "posted"]);
const ACTOR_TYPES = new Set(["person", "organization", "location", "group", "other"]);

function roleFor(prep: string, type: EventType, passive: boolean, noun = false): ArgumentRole | undefined {
  if (prep === "by" && noun) return "actor"; // "the attack by militants", "a strike by Russian forces"
  for (const p of PREPOSITION_ROLES) {
    if (p.prep !== prep) continue;
    if (p.types && !p.types.includes(type)) continue;
    if (p.passiveOnly && !passive) continue;
    return p.role;
  }
  return undefined;
}

const rangeOfMention = (m: EntityMention): Range => ({ start: m.start, end: m.end });
const isPlace = (m: EntityMention) => m.type === "location";

/** The arguments of one trigger in its sentence. */
/** Arguments of a trigger; `stop` and `leftStop` are the neighbouring triggers, whose phrases are their own. */
export function argumentsOf(v: SentenceView, t: TriggerMatch, type: EventType, stop = v.words.length, leftStop = 0): Arguments {
  const args: Arguments = { actors: [], targets: [], places: [], subjectActors: [] };
  readRight(v, t, type, args, stop);
  const betweenGiven = t.entry.pos === "noun" && args.actors.length > 0 && v.words[t.last + 1] === "between";
  if (!betweenGiven) readLeft(v, t, type, args, leftStop);
  args.actors = args.actors.filter((r, i, all) => !isModifierBefore(v, r, all[i + 1]));
  args.targets = args.targets.filter((r, i, all) => !isModifierBefore(v, r, all[i + 1]));
  args.subjectActors = args.subjectActors.filter((r) => args.actors.includes(r));
  return args;
}

/** "Belarusian leader Alexander Lukashenko": a nationality adjective before the name it qualifies is not a party of its own. */
function isModifierBefore(v: SentenceView, r: Range, next: Range | undefined): boolean {
  if (!next) return false;
  const m = v.mentionAt.find((x) => x && x.start === r.start && x.end === r.end);
  if (!m || m.type === "person" || m.type === "organization" || m.type === "location" || !/^\p{Lu}\p{Ll}+(ian|ese|ish|ean|an|i)$/u.test(m.text)) return false;
  const words = v.tokens.filter((tk) => tk.start >= r.end && tk.end <= next.start).length;
  return words <= 2;
}

/** Object phrases of these types are what the event was done to ("arrested the driver"); of others, not ("deploy forces"). */
const OBJECT_IS_TARGET = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REJECT", "PROTEST", "REQUEST"]);

/** The phrases after the trigger, up to the end of its clause or the next event word (`stop`). */
function readRight(v: SentenceView, t: TriggerMatch, type: EventType, args: Arguments, stop: number): void {
  let role: ArgumentRole | undefined;
  let prep = "";
  let objectOpen = t.entry.pos === "verb" && !t.passive; // the direct object comes right after an active verb
  let phraseStart = t.last + 1;
  let phraseHasMention = false;
  const seen = new Set<EntityMention>();
  // a phrase that names no entity still names what was targeted: "sanctions against the country", "arrested the driver"
  const closePhrase = (end: number) => {
    const isObject = (objectOpen && OBJECT_IS_TARGET.has(type)) || role === "target" || role === "patient";
    const cutByNextTrigger = stop < v.words.length && end >= stop; // "called for an immediate | ceasefire"
    if (isObject && !cutByNextTrigger && !phraseHasMention && end > phraseStart && !args.targets.length) {
      let first = phraseStart;
      while (first < end && /^["“”'‘’]$/.test(v.words[first])) first++;
      let last = end - 1;
      while (last > first && !/^[\p{L}\p{N}]/u.test(v.words[last])) last--;
      if (last >= first && last - first < 6 && v.words.slice(first, last + 1).some((w) => /^\p{L}{3,}/u.test(w) && !/^(the|a|an|some|any|this|that|its|his|her|their)$/.test(w))) {
        args.targets.push({ start: v.tokens[first].start, end: v.tokens[last].end });
        args.targetPrep ??= prep;
      }
    }
  };
  let k = t.last + 1;
  if (t.entry.pos === "noun") k = pastLightVerb(v, k);
  phraseStart = k;
  for (; k < Math.min(v.words.length, stop); k++) {
    const w = v.words[k];
    const m = v.mentionAt[k];
    if (m) {
      phraseHasMention = true;
      if (seen.has(m)) continue;
      seen.add(m);
      if (role) assign(args, m, role, prep);
      else if (objectOpen && m.type !== "weapon") {
        if (isPlace(m) && !NO_PLACE_OBJECT.has(type)) args.places.push({ range: rangeOfMention(m), role: "target", prep: "" });
        args.targets.push(rangeOfMention(m));
      }
      continue;
    }
    if (w === "'s" || /^["“”'‘’]$/.test(w)) continue;
    if (OTHER_PREPOSITIONS.has(w)) {
      closePhrase(k);
      objectOpen = false;
      role = undefined;
      phraseStart = k + 1;
      phraseHasMention = false;
      continue;
    }
    if (PREPOSITIONS.has(w) && !(w === "of" && (role || objectOpen))) {
      closePhrase(k);
      objectOpen = false;
      phraseStart = k + 1;
      phraseHasMention = false;
      if (w === "of" && k !== t.last + 1) {
        role = undefined;
        continue;
      }
      role = roleFor(w, type, t.passive, t.entry.pos === "noun");
      prep = w;
      continue;
    }
    if (w === "," && role && v.mentionAt[k - 1] && isPlace(v.mentionAt[k - 1]!) && v.mentionAt[k + 1] && isPlace(v.mentionAt[k + 1]!)) continue; // "Gomel, Belarus"
    if (/^[,;:()]$/.test(w) || PHRASE_BREAKERS.has(w) || REPORTING.has(w)) {
      if (w === "and" && (role || objectOpen) && v.mentionAt[k + 1]) continue; // "between Kyiv and Moscow"
      break;
    }
  }
  closePhrase(k);
}

/** Event types whose direct object is a party, not a place struck: "sanctioned Russia", "accused Ukraine". */
const NO_PLACE_OBJECT = new Set<EventType>(["SANCTION", "ACCUSE", "COERCE", "REQUEST", "SUPPORT", "CONSULT", "AGREE", "REJECT", "THREATEN", "CONCEDE", "COOPERATE", "AID"]);

/** "talks were held at …", "the meeting is being held in …": the words that link a nominal trigger to its phrases. */
function pastLightVerb(v: SentenceView, k: number): number {
  let j = k;
  while (j < v.words.length && LIGHT_VERB_WORDS.has(v.words[j])) j++;
  if (j < v.words.length && LIGHT_VERBS.has(v.words[j])) {
    j++;
    if (v.words[j] === "place" || v.words[j] === "out") j++; // "take place", "carried out"
    return j;
  }
  return k;
}

function assign(args: Arguments, m: EntityMention, role: ArgumentRole, prep: string): void {
  const r = rangeOfMention(m);
  if (role === "actor") {
    if (m.type !== "weapon") args.actors.push(r);
  } else if (role === "patient") {
    if (isPlace(m)) args.places.push({ range: r, role: "target", prep });
    args.targets.push(r);
    args.targetPrep ??= prep;
  } else if (isPlace(m)) {
    args.places.push({ range: r, role, prep });
    if (role === "target") args.targets.push(r);
  } else if (role === "target" && m.type !== "weapon") {
    args.targets.push(r);
    args.targetPrep ??= prep;
  }
}

/** The subject before the trigger: actors of an active verb or of a noun, the patient of a passive verb. */
function readLeft(v: SentenceView, t: TriggerMatch, type: EventType, args: Arguments, leftStop: number): void {
  const start = Math.max(clauseStart(v, t.first), leftStop);
  // prepositional phrases before the trigger in its clause: "In Gomel, …" is not a subject
  const subject: EntityMention[] = [];
  let k = t.first - 1;
  if (v.words[k] === "'s") k--; // "Russia's invasion"
  let coordinated = false;
  let possessive: EntityMention | undefined; // "Russia's nuclear deterrent": a modifier, the subject only if none other
  for (; k >= start; k--) {
    const m = v.mentionAt[k];
    if (m) {
      const [mFirst] = [firstTokenOf(v, k, m)];
      const mLast = k;
      k = mFirst;
      if (v.words[mLast + 1] === "of" && !subject.length) continue; // "News of the launch": the head, not the doer
      if (v.words[mLast + 1] === "'s" && mLast + 2 < t.first && !subject.length) {
        possessive ??= m;
        continue;
      }
      const before = v.words[mFirst - 1] ?? "";
      if (PREPOSITIONS.has(before) && before !== "of") {
        const role = roleFor(before, type, t.passive);
        if (role && role !== "actor" && role !== "patient" && isPlace(m)) args.places.push({ range: rangeOfMention(m), role, prep: before });
        if (subject.length) break;
        continue;
      }
      // "a Mali hotel assault", "the Kharkiv strikes": a place named inside the noun phrase is where, not who
      if (t.entry.pos === "noun" && isPlace(m) && !subject.length && insideNounPhrase(v, mLast, t.first)) {
        args.places.push({ range: rangeOfMention(m), role: "area", prep: "" });
        continue;
      }
      if (ACTOR_TYPES.has(m.type) || (t.passive && m.type === "weapon")) {
        if (!subject.length || coordinated) subject.push(m);
        else break;
      }
      coordinated = false;
      continue;
    }
    const w = v.words[k];
    if (/^["“”'‘’]$/.test(w)) continue;
    if ((w === "and" || w === "," || w === "&") && subject.length) {
      coordinated = true;
      continue;
    }
    if (subject.length && !/^(the|a|an|'s|both|also|has|have|had|was|were|is|are|been|reportedly|allegedly|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w) && !/^\p{Lu}/u.test(v.tokens[k].text)) break;
  }
  if (!subject.length && possessive) {
    subject.push(possessive);
    args.possessiveSubject = true;
  }
  subject.reverse();
  if (t.passive) {
    const patientRange = subject.length ? undefined : phraseBefore(v, t.first, start);
    const instrument = t.entry.patient === "instrument";
    for (const m of subject) {
      if (instrument || m.type === "weapon") args.instrument ??= rangeOfMention(m);
      else args.targets.push(rangeOfMention(m));
    }
    if (patientRange) {
      if (instrument) args.instrument ??= patientRange;
      else args.patient = patientRange;
    }
    return;
  }
  for (const m of subject) {
    if (m.type === "weapon") {
      args.instrument ??= rangeOfMention(m);
      continue;
    }
    if (t.entry.subjectUndergoes) args.targets.push(rangeOfMention(m));
    else {
      const r = rangeOfMention(m);
      args.actors.push(r);
      args.subjectActors.push(r);
    }
  }
}

/** Only lower-case modifiers stand between a name and the noun it qualifies: "Mali (hotel) assault". */
function insideNounPhrase(v: SentenceView, nameLast: number, noun: number): boolean {
  if (noun - nameLast > 3) return false;
  for (let k = nameLast + 1; k < noun; k++) if (!/^\p{Ll}[\p{L}-]*$/u.test(v.tokens[k].text)) return false;
  return true;
}

function firstTokenOf(v: SentenceView, k: number, m: EntityMention): number {
  while (k > 0 && v.mentionAt[k - 1] === m) k--;
  return k;
}

/** Where the trigger's clause starts: after the nearest clause breaker or reporting verb before it. */
export function clauseStart(v: SentenceView, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const w = v.words[k];
    if (w === "since" && /^(has|have|had|'s|'ve)$/.test(v.words[k - 1] ?? "")) continue; // "has since filed"
    if (CLAUSE_BREAKERS.has(w) || REPORTING.has(w)) return k + 1;
  }
  return 0;
}

/** Where the trigger's clause ends (exclusive). */
export function clauseEnd(v: SentenceView, i: number): number {
  for (let k = i + 1; k < v.words.length; k++) if (CLAUSE_BREAKERS.has(v.words[k])) return k;
  return v.words.length;
}

/** The noun phrase before a passive verb and its auxiliaries: "short range missiles (have reportedly been) launched". */
function phraseBefore(v: SentenceView, i: number, start: number): Range | undefined {
  let k = i - 1;
  while (k >= start && /^(was|were|been|being|be|is|are|has|have|had|not|n't|also|reportedly|allegedly|already|since|then|all|later|get|got)$|ly$/.test(v.words[k])) k--;
  const last = k;
  while (k >= start && k > last - 5 && /^[\p{L}\p{N},'-]+$/u.test(v.tokens[k].text) && !/^(that|which|who|and|,|said|says)$/.test(v.words[k])) k--;
  if (k === last) return undefined;
  let first = k + 1;
  while (first <= last && /^(the|a|an)$/.test(v.words[first]) && first < last) first++;
  return { start: v.tokens[first].start, end: v.tokens[last].end };
}
