/**
 * Events of one report, coded in PLOVER (plus DISASTER and ACCIDENT): what happened, of which type and mode, who
 * did it to whom, where (origin, target, venue, area), when (event time, not report time), whether it happened
 * (modality), how sure the report is (certainty), and the figures that go with it. Everything is read per
 * document; the pipeline maps ranges to entities and merges events across reports.
 */
import type { AnalysedDocument, Certainty, EventType, Modality, TimeValue } from "../types.js";
import { sentenceViews, type Range, type SentenceView } from "./context.js";
import { findTriggers, type TriggerMatch } from "./triggers.js";
import { argumentsOf, type Arguments } from "./arguments.js";
import { modalityOf } from "./modality.js";
import { eventTime, timeIndex } from "./time.js";
import { certaintyOf } from "./certainty.js";
import { WEAPON_MODES } from "./lexicon/arguments.js";
import { quantitiesOfSentence, type QuantityMention } from "./quantities/index.js";
import { nameResolver, summaryWithRank } from "./summary.js";

export type { Range } from "./context.js";
export type { QuantityMention } from "./quantities/index.js";
export { extractQuantities } from "./quantities/index.js";
export { TRIGGERS, type TriggerEntry } from "./lexicon/triggers.js";

export interface EventMention {
  type: EventType;
  mode?: string;
  trigger: Range;
  /** Whether the trigger is a verb or a noun ("attacked" / "the attack"). */
  pos?: "verb" | "noun";
  evidence: Range;
  sentence: number;
  modality: Modality;
  actors: Range[];
  targets: Range[];
  places: { range: Range; role: "origin" | "target" | "venue" | "area" }[];
  time?: TimeValue;
  quantities: QuantityMention[];
  certainty: Certainty;
  summary: string;
  /** How much the summary tells (named doer, target, place, stated time): the best-told mention should name a merged event. */
  summaryRank?: number;
  reason: string;
}

/** Event types whose sentence's casualty figures belong to them. */
const TAKES_FIGURES = new Set<EventType>(["ASSAULT", "DISASTER", "ACCIDENT", "COERCE"]);
const VIOLENT = new Set<EventType>(["ASSAULT", "DISASTER", "ACCIDENT"]);

export function extractEvents(a: AnalysedDocument): EventMention[] {
  const text = a.doc.text;
  const views = sentenceViews(a);
  const times = timeIndex(a.times, views, !!a.datedFromStory);
  const out: EventMention[] = [];
  const names = nameResolver(a);
  let recentViolent: { match: TriggerMatch; sentence: number } | undefined; // the last violent event, for outcomes told just after
  for (const v of views) {
    const matches = findTriggers(v);
    if (!matches.length) continue;
    const figures = quantitiesOfSentence(a, v);
    const done: { match: TriggerMatch; modality: Modality; args: Arguments }[] = [];
    const recent = recentViolent && v.index - recentViolent.sentence <= 2 ? recentViolent.match : undefined;
    const cause = matches.find((m) => !m.entry.outcome && VIOLENT.has(m.entry.type)) ?? recent;
    for (const [mi, m] of matches.entries()) {
      const { type, mode, reason } = typeOf(v, m, cause);
      const modality = modalityOf(v, m, done);
      const previous = matches[mi - 1];
      const args = argumentsOf(v, m, type, matches[mi + 1]?.first, previous ? previous.last + 1 : 0);
      const inheritedActors = sharedSubject(v, m, done.at(-1));
      done.push({ match: m, modality, args });
      if (m.entry.needsParty && !args.actors.length && !args.targets.length && !args.places.length && !inheritedActors?.length && !namedSubjectWord(v, m)) continue;
      const trigger = { start: v.tokens[m.first].start, end: v.tokens[m.last].end };
      const time = eventTime(text, times, v.index, trigger.start);
      const nextVerb = matches.slice(mi + 1).find((n) => n.entry.pos === "verb" && /^(and|or|,|then)$/.test(v.words[n.first - 1] ?? ""))?.first;
      const coordinated = coordinatedNext(v, m, matches[mi + 1]);
      const clauseEnd = Math.min(nextVerb ?? Infinity, coordinated ?? Infinity);
      const previousVerb = previous && previous.entry.pos === "verb" && m.entry.pos === "verb" && m.first - previous.last === 2 && /^(and|or)$/.test(v.words[m.first - 1]) ? previous.first : undefined;
      const summary = summaryWithRank({ a, v, m, type, mode, modality, args, time, names, inheritedActors, ...(Number.isFinite(clauseEnd) ? { nextVerb: clauseEnd } : {}), ...(previousVerb !== undefined ? { previousVerb } : {}) });
      out.push({
        type,
        ...(mode ? { mode } : {}),
        trigger,
        pos: m.entry.pos,
        evidence: { start: v.start, end: v.end },
        sentence: v.index,
        modality,
        actors: dedupe(args.actors.length ? args.actors : inheritedActors ?? []),
        targets: dedupe(args.targets),
        places: dedupePlaces(args.places).map(({ range, role }) => ({ range, role })),
        ...optionalTime(time),
        quantities: TAKES_FIGURES.has(type) ? figures.filter((q) => q.kind !== "other" && (type !== "COERCE" || q.kind === "captured")) : [],
        certainty: certaintyOf(text, v, m.first),
        summary: summary.text,
        summaryRank: summary.rank,
        reason,
      });
    }
    const violent = matches.filter((m) => !m.entry.outcome && VIOLENT.has(m.entry.type));
    if (violent.length) recentViolent = { match: violent[violent.length - 1], sentence: v.index };
  }
  return out;
}

const optionalTime = (t: TimeValue | undefined) => (t ? { time: t } : {});

/**
 * The type and mode of a trigger: an outcome word ("killed", "died") takes those of the violent event it follows
 * in its sentence or just before; an assault takes its mode from the weapon named near it ("rocket strikes").
 */
function typeOf(v: SentenceView, m: TriggerMatch, cause: TriggerMatch | undefined): { type: EventType; mode?: string; reason: string } {
  const e = m.entry;
  let reason = `${e.pos} trigger ${e.reason} (${e.type}${e.mode ? "/" + e.mode : ""}), as in "${e.example}"`;
  if (e.outcome && cause && cause !== m) {
    reason += `; outcome of ${cause.entry.reason}`;
    return { type: cause.entry.type, mode: weaponMode(v, cause) ?? cause.entry.mode, reason };
  }
  if (e.outcome && (e.match === "die" || e.match === "death" || e.match === "pass away")) {
    // a death with no violent event named around it: not an assault
    return { type: "ACCIDENT", mode: "death", reason: reason + "; no violent cause named nearby" };
  }
  if (e.type === "ASSAULT" && e.mode !== "kill") {
    const mode = weaponMode(v, m);
    if (mode && mode !== e.mode) return { type: e.type, mode, reason: reason + `; mode from the weapon named (${mode})` };
  }
  if (m.passive) reason += "; passive";
  return { type: e.type, mode: e.mode, reason };
}

function weaponMode(v: SentenceView, m: TriggerMatch): string | undefined {
  for (let d = 1; d <= 4; d++) {
    for (const k of [m.first - d, m.last + d]) {
      const mode = WEAPON_MODES[v.words[k] ?? ""];
      if (mode) return mode;
    }
  }
  return undefined;
}

function dedupe(ranges: Range[]): Range[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.start}:${r.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupePlaces<T extends { range: Range; role: string }>(places: T[]): T[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.range.start}:${p.range.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * For an event word that needs a party: a verb's subject that is a noun ("the two leaders agreed"), not an empty
 * "it" or the speaker's "I" ("it was decided", "I agree"). A noun trigger needs a named party.
 */
function namedSubjectWord(v: SentenceView, m: TriggerMatch): boolean {
  if (m.entry.pos === "noun") return false;
  let k = m.first - 1;
  while (k >= 0 && /^(was|were|is|are|be|been|has|have|had|will|would|could|also|not|n't|did|do|does|'s|'ve|'d|'ll|then|later|all|both)$|ly$/.test(v.words[k])) k--;
  const w = v.words[k];
  return !!w && /^\p{L}/u.test(w) && !/^(it|i|we|you|there|this|that|which|what|to)$/.test(w);
}

/** "an immediate ceasefire and the withdrawal of forces": the "and" that joins the next event word to this one, where this one's words end. */
function coordinatedNext(v: SentenceView, m: TriggerMatch, next: TriggerMatch | undefined): number | undefined {
  if (!next) return undefined;
  for (let j = next.first - 1; j > m.last && next.first - j <= 4; j--) {
    if (/^(and|or)$/.test(v.words[j])) return j;
    if (!/^[\p{Ll}-]+$/u.test(v.words[j]) || v.mentionAt[j]) return undefined;
  }
  return undefined;
}

/**
 * "Russian forces shelled and captured the town", "…filed a lawsuit, accusing the Kremlin": a verb joined to the
 * verb before it by "and" (or a participle after its comma) shares that verb's subject.
 */
function sharedSubject(v: SentenceView, m: TriggerMatch, previous: { match: TriggerMatch; args: Arguments } | undefined): Range[] | undefined {
  if (!previous || m.entry.pos !== "verb" || m.passive || !previous.args.subjectActors.length) return undefined;
  const before = v.words[m.first - 1] ?? "";
  const joined = /^(and|then)$/.test(before) || (before === "," && /ing$/.test(v.words[m.first]));
  if (!joined) return undefined;
  // only the previous event's own phrase may stand between the two verbs
  const gap = m.first - previous.match.last;
  return gap <= (before === "," ? 20 : 12) ? previous.args.subjectActors : undefined;
}
