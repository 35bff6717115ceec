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

export type { Range } from "./context.js";
export type { QuantityMention } from "./quantities/index.js";
export { extractQuantities } from "./quantities/index.js";
export { TRIGGERS, type TriggerEntry } from "./lexicon/triggers.js";

export interface EventMention {
  type: EventType;
  mode?: string;
  trigger: Range;
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
  reason: string;
}

/** Event types whose sentence's casualty figures belong to them. */
const TAKES_FIGURES = new Set<EventType>(["ASSAULT", "DISASTER", "ACCIDENT", "COERCE"]);
const VIOLENT = new Set<EventType>(["ASSAULT", "DISASTER", "ACCIDENT"]);

export function extractEvents(a: AnalysedDocument): EventMention[] {
  const text = a.doc.text;
  const views = sentenceViews(a);
  const times = timeIndex(a.times, views);
  const out: EventMention[] = [];
  let recentViolent: { match: TriggerMatch; sentence: number } | undefined; // the last violent event, for outcomes told just after
  for (const v of views) {
    const matches = findTriggers(v);
    if (!matches.length) continue;
    const figures = quantitiesOfSentence(a, v);
    const done: { match: TriggerMatch; modality: Modality }[] = [];
    const recent = recentViolent && v.index - recentViolent.sentence <= 2 ? recentViolent.match : undefined;
    const cause = matches.find((m) => !m.entry.outcome && VIOLENT.has(m.entry.type)) ?? recent;
    for (const [mi, m] of matches.entries()) {
      const { type, mode, reason } = typeOf(v, m, cause);
      const modality = modalityOf(v, m, done);
      done.push({ match: m, modality });
      const previous = matches[mi - 1];
      const args = argumentsOf(v, m, type, matches[mi + 1]?.first, previous ? previous.last + 1 : 0);
      const trigger = { start: v.tokens[m.first].start, end: v.tokens[m.last].end };
      out.push({
        type,
        ...(mode ? { mode } : {}),
        trigger,
        evidence: { start: v.start, end: v.end },
        sentence: v.index,
        modality,
        actors: dedupe(args.actors),
        targets: dedupe(args.targets),
        places: dedupePlaces(args.places).map(({ range, role }) => ({ range, role })),
        ...optionalTime(eventTime(text, times, v.index, trigger.start)),
        quantities: TAKES_FIGURES.has(type) ? figures.filter((q) => q.kind !== "other" && (type !== "COERCE" || q.kind === "captured")) : [],
        certainty: certaintyOf(text, v, m.first),
        summary: summaryOf(text, m, trigger, args),
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

const PLACE_WORD: Record<string, string> = { origin: "from", target: "on", venue: "in", area: "in" };

/** One plain sentence: "Iskander missiles launched from Belarus into Ukraine", "US and UK sanctions against the country". */
function summaryOf(text: string, m: TriggerMatch, trigger: Range, args: Arguments): string {
  const say = (r: Range) => text.slice(r.start, r.end);
  const list = (rs: Range[]) => rs.map(say).join(" and ");
  const placeRanges = new Set(args.places.map((p) => `${p.range.start}:${p.range.end}`));
  const targets = args.targets.filter((r) => !placeRanges.has(`${r.start}:${r.end}`));
  const parts: string[] = [];
  if (m.passive) {
    const subject = args.instrument ?? args.patient ?? targets[0];
    if (subject) parts.push(say(subject));
    parts.push(say(trigger));
    if (!args.instrument && !args.patient) targets.shift();
    if (args.actors.length) parts.push("by " + list(args.actors));
    if (targets.length) parts.push((args.targetPrep ? args.targetPrep + " " : "") + list(targets));
  } else {
    if (args.actors.length) parts.push(list(args.actors));
    else if (args.instrument) parts.push(say(args.instrument));
    parts.push(say(trigger));
    if (targets.length) parts.push((args.targetPrep ? args.targetPrep + " " : m.entry.pos === "noun" ? "against " : "") + list(targets));
  }
  for (const p of dedupePlaces(args.places)) parts.push(`${p.prep || PLACE_WORD[p.role]} ${say(p.range)}`);
  const s = parts.join(" ").replace(/\s+/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
