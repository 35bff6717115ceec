/**
 * Cross-document event resolution: the same real-world event told by several reports (or twice in one report)
 * becomes one event with all its evidence. Candidate pairs are mentions in the same story that share a trigger
 * family ("died" ~ "death", "quake" ~ "earthquake", see event-lemmas.ts) or a participant and a type. A pair is
 * scored by a logistic model over its trigger words, shared participants (actors, targets, places), stated days
 * and whether it lies within one report (a family word there refers back: "the quake … the earthquake") or one
 * sentence (two triggers there name two happenings: a fall and the death it caused). Days surely stated and
 * different keep mentions apart; days counted from a date borrowed from the story only weigh against a merge.
 * The surest pairs merge first (single link), and a merge must not join clusters surely stated on different days.
 * A merged event keeps a stated time over an inferred one, then the more precise; stated times that still
 * disagree become a contradiction. Every merge records why it was made.
 */
import type { AnalysedDocument, Certainty, Contradiction, Entity, Event, Quantity, Span, TimeValue } from "../types.js";
import type { EventMention, QuantityMention } from "../events/index.js";
import { independentCount, type SourceGroups } from "./sources.js";
import { triggerFamily } from "./event-lemmas.js";
import { timePhrase } from "../events/summary.js";

export type EntityOver = (doc: string, start: number, end: number) => string | undefined;

export interface MentionRef {
  doc: AnalysedDocument;
  m: EventMention;
}

export interface ResolvedEvents {
  events: Event[];
  contradictions: Contradiction[];
  /** The event id of each mention, by `${doc}:${trigger.start}`. */
  eventAt: Map<string, string>;
}

/** How probable it must be that two mentions tell one event for them to merge. */
export const EVENT_MERGE_THRESHOLD = 0.5;

/**
 * Logistic weights of the likeness of two mentions of one story. Fitted on pairs of mentions in the ECB+ training
 * topics (dev topics held out), except `retold`, set by hand: ECB+ holds no such pair, and it is how a later report
 * refers back to an order or an alert in other words ("on combat duty, in accordance with Putin's order").
 */
export const MERGE_WEIGHTS = {
  sameFamily: 3.39, // trigger words of one family ("died", "death")
  sameLemma: 0.88, // … and the very same word
  participants: 1.16, // times the share of participants in common (Jaccard over actors, targets, places)
  sameDay: 0.48, // stated on the same day
  dayClash: -1.7, // stated on different days
  sameReport: 0.67, // within one report, a family word usually refers back ("the quake … the earthquake")
  sameSentence: -1.02, // two triggers of one sentence name two happenings (a fall and the death it caused)
  retold: 1.5, // other words, but the same mode, type and stated day, and participants in common
  disjoint: -1.5, // both name participants and share none: two killings, two strikes of one war (set by hand: ECB+
  // stories are mostly about one happening, news of a war or an election is not)
  bias: -2.04,
  requireSameType: 0, // 1: never merge different types; 0: allow it within one trigger family ("death" told as an
  // accident in one report and as the outcome of a shooting in another)
  noChainAcrossDays: 1, // 1: a merge must not join clusters surely stated on disjoint days
  contextDays: 0, // 1: also trust days counted from a report date borrowed from its story ("on Sunday")
  threshold: EVENT_MERGE_THRESHOLD,
};
export type MergeWeights = typeof MERGE_WEIGHTS;

interface Node {
  refs: MentionRef[];
  args: Set<string>;
  lemma: string;
  family: string;
  type: string;
  mode?: string;
  story: string;
  doc: string;
  sentence: number;
  days: Set<string>; // stated days
  firmDays: Set<string>; // stated days that are surely right: the expression names its year, or the report's date is known
}

export function resolveEvents(
  mentions: MentionRef[],
  ctx: { entityOver: EntityOver; storyOf: Map<string, string>; groups: SourceGroups; entities: Entity[] },
  weights: MergeWeights = MERGE_WEIGHTS,
): ResolvedEvents {
  const countryOf = countryKeys(ctx.entities);
  const nodes: Node[] = mentions.map((r) => {
    const word = triggerLemma(r);
    return {
      refs: [r],
      args: argumentKeys(r, ctx.entityOver, countryOf),
      lemma: word,
      family: triggerFamily(word),
      type: r.m.type,
      ...(r.m.mode ? { mode: r.m.mode } : {}),
      story: ctx.storyOf.get(r.doc.doc.id) ?? r.doc.doc.id,
      doc: r.doc.doc.id,
      sentence: r.m.sentence,
      days: new Set(statedDay(r, weights) ?? []),
      firmDays: new Set(firmDay(r) ?? []),
    };
  });
  // Best-first merging over the pairs that can be alike at all (same story, sharing a trigger family or a
  // participant): the surest pairs join first, each cluster keeping why its mentions were joined.
  const edges: { a: number; b: number; score: number }[] = [];
  for (const [a, b] of candidatePairs(nodes, weights)) {
    const score = similarity(nodes[a], nodes[b], weights);
    if (score >= weights.threshold) edges.push({ a, b, score });
  }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const reasons = new Map<number, Set<string>>();
  const days = nodes.map((n) => n.firmDays);
  for (const e of edges) {
    let [ra, rb] = [find(e.a), find(e.b)];
    if (ra === rb) continue;
    // Single links must not chain two events surely stated on different days into one.
    if (weights.noChainAcrossDays && days[ra].size && days[rb].size && !meets(days[ra], days[rb])) continue;
    // The root with more reasons absorbs the other's, so that merging stays linear.
    if ((reasons.get(rb)?.size ?? 0) > (reasons.get(ra)?.size ?? 0)) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    if (days[rb].size) days[ra] = new Set([...days[ra], ...days[rb]]);
    const why = reasons.get(ra) ?? new Set<string>();
    for (const r of reasons.get(rb) ?? []) why.add(r);
    why.add(explain(nodes[e.a], nodes[e.b], weights));
    reasons.set(ra, why);
    reasons.delete(rb);
  }
  const clusters = new Map<number, Node>();
  nodes.forEach((n, i) => {
    const root = find(i);
    const c = clusters.get(root);
    if (!c) clusters.set(root, { ...n, refs: [...n.refs] });
    else c.refs.push(...n.refs);
  });
  const merged = [...clusters.entries()].map(([root, n]) => ({ n, why: reasons.get(root) ?? new Set<string>() }));
  return toEvents(merged, ctx);
}

/**
 * Pairs of mentions in the same story that share a trigger family, or share a participant and a type (mentions
 * of different types merge only within one trigger family, so a participant alone does not pair them).
 */
function candidatePairs(nodes: Node[], weights: MergeWeights): [number, number][] {
  const index = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const familyBlock = weights.requireSameType ? `${n.story}|${n.type}` : n.story;
    for (const k of [`${familyBlock}|w:${n.family}`, ...[...n.args].map((a) => `${n.story}|${n.type}|a:${a}`)]) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of index.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * nodes.length + list[y];
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push([list[x], list[y]]);
        }
      }
  return pairs;
}

interface PairFeatures {
  sameType: boolean;
  sameFamily: boolean;
  sameLemma: boolean;
  shared: number;
  union: number;
  sameMode: boolean;
  sameDay: boolean;
  dayClash: boolean;
  sameReport: boolean;
  sameSentence: boolean;
  retold: boolean;
}

/** What two mentions have in common, or undefined when they can never be one event. */
function pairFeatures(a: Node, b: Node, w: MergeWeights): PairFeatures | undefined {
  if (a.story !== b.story) return undefined;
  const sameType = a.type === b.type;
  const sameFamily = a.family === b.family;
  if (!sameType && (w.requireSameType || !sameFamily)) return undefined;
  // Days surely stated and different: two happenings, however alike (strikes on Monday and on Wednesday).
  if (a.firmDays.size && b.firmDays.size && !meets(a.firmDays, b.firmDays)) return undefined;
  // One word, two kinds of happening: "launched missiles" and "launched the invasion".
  if (sameType && a.mode !== undefined && b.mode !== undefined && a.mode !== b.mode) return undefined;
  const shared = common(a.args, b.args);
  const sameMode = a.mode !== undefined && a.mode === b.mode;
  const sameDay = meets(a.days, b.days);
  const sameReport = a.doc === b.doc;
  return {
    sameType,
    sameFamily,
    sameLemma: a.lemma === b.lemma,
    shared,
    union: a.args.size + b.args.size - shared,
    sameMode,
    sameDay,
    dayClash: a.days.size > 0 && b.days.size > 0 && !sameDay,
    sameReport,
    sameSentence: sameReport && a.sentence === b.sentence,
    retold: !sameFamily && sameType && sameMode && sameDay && shared > 0,
  };
}

/** The probability that two mentions tell one event (a logistic model over their features). */
function similarity(a: Node, b: Node, w: MergeWeights): number {
  const f = pairFeatures(a, b, w);
  if (!f) return 0;
  const logit =
    w.bias +
    (f.sameFamily ? w.sameFamily : 0) +
    (f.sameLemma ? w.sameLemma : 0) +
    (f.union ? (w.participants * f.shared) / f.union : 0) +
    (f.sameDay ? w.sameDay : 0) +
    (f.dayClash ? w.dayClash : 0) +
    (f.sameReport ? w.sameReport : 0) +
    (f.sameSentence ? w.sameSentence : 0) +
    (f.retold ? w.retold : 0) +
    (a.args.size && b.args.size && !f.shared ? w.disjoint : 0);
  return 1 / (1 + Math.exp(-logit));
}

/** Why two mentions were merged, in words (built only for the merges made). */
function explain(a: Node, b: Node, w: MergeWeights): string {
  const f = pairFeatures(a, b, w)!;
  const why = [
    f.sameLemma ? "named by the same word" : f.sameFamily ? `named by words of one family (${a.lemma}, ${b.lemma})` : f.retold ? "told in other words" : "",
    f.shared ? `same participants (${f.shared} shared)` : "",
    f.sameMode ? "same mode" : "",
    f.sameDay ? "same day" : "",
    f.sameReport ? "referred back to within one report" : "",
  ].filter(Boolean).join(", ");
  return `${a.type}${f.sameType ? "" : "/" + b.type} in the same story: ${why || "alike"}`;
}

/** How many members two sets have in common. */
function common<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

const meets = <T>(a: Set<T>, b: Set<T>): boolean => common(a, b) > 0;

/**
 * The day a mention states for its event, as a list of zero or one. A day counted from a report date that was only
 * borrowed from the report's story ("on Sunday", the report itself undated) is too unsure to keep mentions apart,
 * unless the expression names its year.
 */
function statedDay(r: MentionRef, w: MergeWeights): [string] | undefined {
  const t = r.m.time;
  if (!t || t.inferred || !isDay(t)) return undefined;
  if (!w.contextDays && r.doc.doc.publishedFrom === "context" && !/\b\d{4}\b/.test(t.text) && !namesMonthAndDay(t.text)) return undefined;
  return [t.start.slice(0, 10)];
}

/** "February 27", "27 Feb": the day is written out, only its year may have been borrowed. */
const namesMonthAndDay = (text: string): boolean =>
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text);

/** The day a mention states for its event when it is surely right: the expression names its year, or the report's date comes from metadata or the user. */
function firmDay(r: MentionRef): [string] | undefined {
  const t = r.m.time;
  if (!t || t.inferred || !isDay(t)) return undefined;
  const known = r.doc.doc.publishedFrom === "metadata" || r.doc.doc.publishedFrom === "user";
  return known || /\b\d{4}\b/.test(t.text) ? [t.start.slice(0, 10)] : undefined;
}

/** The trigger's lexicon lemma when the extractor's reason names it ("verb trigger 'die' …"), else a crude lemma of the word. */
function triggerLemma(r: MentionRef): string {
  const named = /\btrigger '([^']+)'/.exec(r.m.reason)?.[1];
  return named ? named.toLowerCase() : lemma(r.doc.doc.text.slice(r.m.trigger.start, r.m.trigger.end));
}

/**
 * The lead telling's sentence with the event's own time: "… on 12 March 2013." says the day the lead report gave,
 * which the merged event may have replaced by a stated or more precise one.
 */
export function restateTime(summary: string, told: TimeValue | undefined, chosen: TimeValue | undefined): string {
  const said = told ? timePhrase(told) : "";
  if (!said || !summary.includes(said)) return summary;
  const now = chosen ? timePhrase(chosen) : "";
  if (now === said) return summary;
  // the phrase always follows a word of the sentence ("… in Brooklyn on 12 March 2013.")
  return now ? summary.replace(said, now) : summary.replace(` ${said}`, "");
}

/** Modes of events that last for days or years: each report dates them by the day it speaks of. */
const DURATIVE_MODES = new Set(["invasion", "war", "occupation", "siege", "blockade", "conflict", "campaign", "insurgency", "crisis", "unrest"]);

function toEvents(clusters: { n: Node; why: Set<string> }[], ctx: { entityOver: EntityOver; groups: SourceGroups }): ResolvedEvents {
  const eventAt = new Map<string, string>();
  const contradictions: Contradiction[] = [];
  const ordered = clusters.map(({ n, why }) => ({ n, why, time: chooseTime(n.refs) })).sort((x, y) => (x.time?.start ?? "9999").localeCompare(y.time?.start ?? "9999"));
  const events = ordered.map(({ n, why, time }, i) => {
    const id = `v${i + 1}`;
    for (const r of n.refs) eventAt.set(`${r.doc.doc.id}:${r.m.trigger.start}`, id);
    const span = (r: MentionRef, x: { start: number; end: number }): Span => ({ doc: r.doc.doc.id, start: x.start, end: x.end });
    const ids = (r: MentionRef, xs: { start: number; end: number }[]) => xs.map((x) => ctx.entityOver(r.doc.doc.id, x.start, x.end)).filter((x): x is string => Boolean(x));
    const places = uniqueBy(n.refs.flatMap((r) => r.m.places.map((p) => ({ entity: ctx.entityOver(r.doc.doc.id, p.range.start, p.range.end) ?? "", role: p.role }))).filter((p) => p.entity), (p) => `${p.entity}|${p.role}`);
    // The telling that says most names the event best: a named doer, what it was done to, where, a stated time
    // (summaryRank); among equals, one whose own time is the event's (its sentence then agrees with the timeline),
    // then the fullest ("Iskander missiles launched from Belarus into Ukraine" over "Launch").
    const agrees = (r: MentionRef) => Number(!!time && r.m.time?.start.slice(0, 10) === time.start.slice(0, 10));
    const lead = [...n.refs].sort((x, y) => (y.m.summaryRank ?? 0) - (x.m.summaryRank ?? 0) || agrees(y) - agrees(x) || y.m.summary.length - x.m.summary.length)[0];
    const stated = uniqueBy(n.refs.filter((r) => r.m.time && !r.m.time.inferred && isDay(r.m.time)), (r) => r.m.time!.start.slice(0, 10));
    // a state that lasts ("the invasion", "the war") is told on each of its days: no disagreement about when
    if (stated.length > 1 && !DURATIVE_MODES.has(lead.m.mode ?? "")) {
      contradictions.push({
        id: `x${contradictions.length + 1}`,
        about: `when: ${lead.m.summary}`,
        items: stated.map((r) => ({ value: r.m.time!.start.slice(0, 10), evidence: span(r, r.m.evidence) })),
      });
    }
    const sources = [...new Set(n.refs.map((r) => r.doc.doc.id))];
    const event: Event = {
      id,
      type: lead.m.type,
      ...(lead.m.mode ? { mode: lead.m.mode } : {}),
      summary: restateTime(lead.m.summary, lead.m.time, time),
      // One asserted telling makes it an event that happened, whatever the others expected of it.
      modality: n.refs.some((r) => r.m.modality === "asserted") ? "asserted" : lead.m.modality,
      ...(time ? { time } : {}),
      places,
      actors: [...new Set(n.refs.flatMap((r) => ids(r, r.m.actors)))],
      targets: [...new Set(n.refs.flatMap((r) => ids(r, r.m.targets)))],
      quantities: n.refs.flatMap((r) => r.m.quantities.map((q) => toQuantity(r.doc.doc.id, q, ctx.entityOver))),
      triggers: n.refs.map((r) => span(r, r.m.trigger)),
      evidence: uniqueBy(n.refs.map((r) => span(r, r.m.evidence)), (s) => `${s.doc}:${s.start}`),
      sources,
      independentSources: independentCount(sources, ctx.groups),
      certainty: combineCertainty(n.refs.map((r) => r.m.certainty), stated.length > 1),
      reasons: [...why],
    };
    return event;
  });
  return { events, contradictions, eventAt };
}

/** A figure of one document in the contract's shape, its claimant resolved to an entity. */
export function toQuantity(doc: string, q: QuantityMention, entityOver: EntityOver): Quantity {
  const claimant = q.claimant ? entityOver(doc, q.claimant.start, q.claimant.end) : undefined;
  return {
    kind: q.kind,
    text: q.text,
    ...(q.low !== undefined ? { low: q.low } : {}),
    ...(q.best !== undefined ? { best: q.best } : {}),
    ...(q.high !== undefined ? { high: q.high } : {}),
    ...(q.of ? { of: q.of } : {}),
    ...(claimant ? { claimant } : {}),
    ...(q.asOf ? { asOf: q.asOf } : {}),
    confirmed: q.confirmed,
    span: { doc, start: q.span.start, end: q.span.end },
  };
}

/**
 * Stated over inferred, then a telling of what happened over one of what was planned or expected (the talks
 * "would meet" on the 27th, "are being held" on the 28th), then the more precise, then the earliest report's.
 */
function chooseTime(refs: MentionRef[]): TimeValue | undefined {
  const order = ["minute", "hour", "day", "week", "month", "year"];
  const timed = refs
    .map((r) => ({ t: r.m.time ?? reportDate(r), r }))
    .filter((x): x is { t: TimeValue; r: MentionRef } => Boolean(x.t));
  const unasserted = (x: { r: MentionRef }) => Number(x.r.m.modality !== "asserted");
  timed.sort((a, b) => Number(a.t.inferred) - Number(b.t.inferred) || unasserted(a) - unasserted(b) || order.indexOf(a.t.precision) - order.indexOf(b.t.precision));
  return timed[0]?.t;
}

/** The report's date, when nothing in the text dates the event: inferred. */
function reportDate(r: MentionRef): TimeValue | undefined {
  const p = r.doc.doc.published;
  if (!p) return undefined;
  return { start: p.slice(0, 10), precision: "day", text: "", inferred: true };
}

const isDay = (t: TimeValue) => ["day", "hour", "minute"].includes(t.precision) && /^\d{4}-\d{2}-\d{2}/.test(t.start);

const CERTAINTY_RANK: Certainty[] = ["claimed", "reported", "confirmed", "disputed", "denied"];
const rankCertainty = (c: Certainty) => CERTAINTY_RANK.indexOf(c);

/** Denied or disputed wins; otherwise the surest telling (confirmed, then reported, then claimed). */
function combineCertainty(cs: Certainty[], clash: boolean): Certainty {
  if (cs.includes("denied")) return "denied";
  if (clash || cs.includes("disputed")) return "disputed";
  return cs.sort((a, b) => rankCertainty(b) - rankCertainty(a))[0] ?? "reported";
}

/** Entity ids of an event's participants, plus their country for countries and nationalities (Russia ~ Russian). */
function argumentKeys(r: MentionRef, entityOver: EntityOver, countryOf: Map<string, string>): Set<string> {
  const keys = new Set<string>();
  const ranges = [...r.m.actors, ...r.m.targets, ...r.m.places.map((p) => p.range)];
  for (const x of ranges) {
    const id = entityOver(r.doc.doc.id, x.start, x.end);
    if (!id) continue;
    keys.add(id);
    const cc = countryOf.get(id);
    if (cc) keys.add(`country:${cc}`);
  }
  return keys;
}

function countryKeys(entities: Entity[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entities) if (e.geo?.precision === "country" && e.geo.country) m.set(e.id, e.geo.country);
  return m;
}

/** A crude lemma for comparing trigger words: "strikes"/"struck" do not meet, "attacked"/"attacks" do. */
export function lemma(word: string): string {
  const w = word.toLowerCase().trim().split(/\s+/).at(-1) ?? "";
  return w.replace(/(ies)$/, "y").replace(/(ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1") || w;
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
