/**
 * Cross-document event resolution: the same real-world event told by several reports (or twice in one report)
 * becomes one event with all its evidence. Mentions merge when they are of the same type, in the same story, and
 * either name it with the same word or share its participants, with no stated times that rule it out.
 * A merged event keeps a stated time over an inferred one, then the more precise; stated times that still
 * disagree become a contradiction. Every merge records why it was made.
 */
import type { AnalysedDocument, Certainty, Contradiction, Entity, Event, Quantity, Span, TimeValue } from "../types.js";
import type { EventMention, QuantityMention } from "../events/index.js";
import { independentCount, type SourceGroups } from "./sources.js";

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

/** How alike two mentions must be to be one event. */
export const EVENT_MERGE_THRESHOLD = 0.5;

interface Node {
  refs: MentionRef[];
  args: Set<string>;
  lemmas: Set<string>;
  type: string;
  modes: Set<string>;
  story: string;
  days: Set<string>; // stated days
}

export function resolveEvents(
  mentions: MentionRef[],
  ctx: { entityOver: EntityOver; storyOf: Map<string, string>; groups: SourceGroups; entities: Entity[] },
): ResolvedEvents {
  const countryOf = countryKeys(ctx.entities);
  const nodes: Node[] = mentions.map((r) => ({
    refs: [r],
    args: argumentKeys(r, ctx.entityOver, countryOf),
    lemmas: new Set([lemma(r.doc.doc.text.slice(r.m.trigger.start, r.m.trigger.end))]),
    type: r.m.type,
    modes: new Set(r.m.mode ? [r.m.mode] : []),
    story: ctx.storyOf.get(r.doc.doc.id) ?? r.doc.doc.id,
    days: new Set(r.m.time && !r.m.time.inferred && isDay(r.m.time) ? [r.m.time.start.slice(0, 10)] : []),
  }));
  // Best-first merging over the pairs that can be alike at all (same story and type, sharing a word or a
  // participant): the surest pairs join first, each cluster keeping why its mentions were joined.
  const edges = candidatePairs(nodes)
    .map(([a, b]) => ({ a, b, ...similarity(nodes[a], nodes[b]) }))
    .filter((e) => e.score >= EVENT_MERGE_THRESHOLD)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const reasons = new Map<number, Set<string>>();
  const days = nodes.map((n) => n.days);
  for (const e of edges) {
    const [ra, rb] = [find(e.a), find(e.b)];
    if (ra === rb) continue;
    // Single links must not chain two events stated on different days into one.
    if (days[ra].size && days[rb].size && ![...days[ra]].some((d) => days[rb].has(d))) continue;
    parent[rb] = ra;
    days[ra] = new Set([...days[ra], ...days[rb]]);
    reasons.set(ra, new Set([...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), e.why]));
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

/** Pairs of mentions in the same story and of the same type that share a trigger word or a participant. */
function candidatePairs(nodes: Node[]): [number, number][] {
  const index = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const key of [...[...n.lemmas].map((l) => `w:${l}`), ...[...n.args].map((a) => `a:${a}`)]) {
      const k = `${n.story}|${n.type}|${key}`;
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

function similarity(a: Node, b: Node): { score: number; why: string } {
  if (a.type !== b.type || a.story !== b.story) return { score: 0, why: "" };
  const sameWord = [...a.lemmas].some((l) => b.lemmas.has(l));
  const shared = [...a.args].filter((k) => b.args.has(k)).length;
  const union = new Set([...a.args, ...b.args]).size;
  const argScore = union ? shared / union : 0;
  const sameMode = [...a.modes].some((m) => b.modes.has(m));
  const timeClash = a.days.size > 0 && b.days.size > 0 && ![...a.days].some((d) => b.days.has(d));
  const sameDay = [...a.days].some((d) => b.days.has(d));
  let score = (sameWord ? 0.45 : 0) + 0.5 * argScore + (sameMode ? 0.15 : 0) + (sameDay ? 0.15 : 0) - (timeClash ? 0.35 : 0);
  if (shared === 0 && a.args.size > 0 && b.args.size > 0 && !sameWord) score -= 0.2;
  const why = [
    sameWord ? "named by the same word" : "",
    shared ? `same participants (${shared} shared)` : "",
    sameMode ? "same mode" : "",
    sameDay ? "same day" : "",
  ].filter(Boolean).join(", ");
  return { score, why: `${a.type} in the same story: ${why || "alike"}` };
}

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
    // The fullest telling names the event best ("Iskander missiles launched from Belarus into Ukraine" over "Launch").
    const lead = [...n.refs].sort((x, y) => y.m.summary.length - x.m.summary.length)[0];
    const stated = uniqueBy(n.refs.filter((r) => r.m.time && !r.m.time.inferred && isDay(r.m.time)), (r) => r.m.time!.start.slice(0, 10));
    if (stated.length > 1) {
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
      summary: lead.m.summary,
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
