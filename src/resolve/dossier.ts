/**
 * The cross-document half of the pipeline: from analysed documents to the `dossier/1` record.
 * Synchronous and deterministic, so the store can re-run it over everything it holds inside one transaction.
 * Order: claims per report → entities across reports → stories → undated reports dated from their story →
 * events and figures per report → events across reports → contradictions → the cited summary.
 */
import type { AnalysedDocument, Claim, Contradiction, Dossier, EntityMention, Quantity, Span } from "../types.js";
import { extractClaims, type ClaimMention } from "../events/claims/index.js";
import { extractEvents, extractQuantities, type EventMention, type QuantityMention } from "../events/index.js";
import { resolveEntities } from "./entities.js";
import { groupStories } from "./stories.js";
import { resolveEvents, toQuantity, type EntityOver } from "./events.js";
import { sourceGroups } from "./sources.js";
import { factContradictions, figureContradictions, tellingsOf } from "./contradictions.js";
import { citedSummary } from "./summary.js";
import { dateFromStories } from "./dating.js";
import { overlapping } from "../util/spans.js";
import { groupBy } from "../util/group.js";

interface PerDocument {
  a: AnalysedDocument;
  claims: ClaimMention[];
  events: EventMention[];
  figures: QuantityMention[];
}

export function buildDossier(docs: AnalysedDocument[]): Dossier {
  const withClaims = docs.map((a) => {
    const claims = extractClaims(a);
    // Speakers and channels the tagger missed ("Facebook", "Ukrainian officials") still become entities.
    return { a: { ...a, mentions: addClaimParties(a, claims) }, claims };
  });
  const { entities, entityAt } = resolveEntities(withClaims.map((p) => p.a));
  const stories = groupStories(withClaims.map((p) => p.a), entities);
  // Undated reports are dated from their story before events read their times.
  const analysed = dateFromStories(withClaims.map((p) => p.a), stories);
  const per: PerDocument[] = analysed.map((a, i) => ({ a, claims: withClaims[i].claims, events: extractEvents(a), figures: extractQuantities(a) }));
  const entityOver = entityFinder(analysed, entityAt);
  const storyOf = new Map(stories.flatMap((s) => s.documents.map((d) => [d, s.id] as [string, string])));
  const groups = sourceGroups(analysed.map((a) => a.doc));
  const mentions = per.flatMap((p) => p.events.map((m) => ({ doc: p.a, m })));
  const { events, contradictions: timeClashes, eventAt } = resolveEvents(mentions, { entityOver, storyOf, groups, entities });
  const storyEvents = new Map<string, string[]>(stories.map((s) => [s.id, []]));
  for (const e of events) for (const sid of new Set(e.sources.map((d) => storyOf.get(d)))) if (sid) storyEvents.get(sid)?.push(e.id);
  for (const s of stories) s.events = storyEvents.get(s.id) ?? [];

  const claims = per.flatMap((p, i) => p.claims.map((c, k) => toClaim(p, c, `c${i + 1}-${k + 1}`, entityOver, eventAt)));
  let n = timeClashes.length;
  const figures = uniqueFigures([...events.flatMap((e) => e.quantities), ...claims.flatMap((c) => c.quantities ?? [])]);
  const contradictions: Contradiction[] = [
    ...timeClashes,
    // figures disagree only about one situation: two riots in two cities years apart do not contradict
    ...[...groupBy(figures, (q) => (q.span ? storyOf.get(q.span.doc) : undefined) ?? "").values()].flatMap((fs) => figureContradictions(fs, () => `x${++n}`)),
    ...factContradictions(tellingsOf(mentions, eventAt, entityOver, claims), entities, () => `x${++n}`),
  ];
  markDisputed(events, contradictions);
  const summary = citedSummary({ events, stories, contradictions });
  return {
    schema: "dossier/1",
    documents: analysed.map((a) => a.doc),
    entities,
    events,
    claims,
    stories,
    contradictions,
    summary,
    times: analysed.flatMap((a) => a.times),
  };
}

/** The entity whose mention in `doc` overlaps [start, end) most (ties: the earlier mention). */
function entityFinder(docs: AnalysedDocument[], entityAt: Map<string, string>): EntityOver {
  const byDoc = new Map(docs.map((a) => [a.doc.id, a.mentions]));
  return (doc, start, end) => {
    let best: { id: string; overlap: number } | undefined;
    for (const m of overlapping(byDoc.get(doc) ?? [], start, end)) {
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      const id = entityAt.get(`${doc}:${m.start}`);
      if (id && (!best || overlap > best.overlap)) best = { id, overlap };
    }
    return best?.id;
  };
}

function addClaimParties(a: AnalysedDocument, claims: ClaimMention[]): EntityMention[] {
  const mentions = [...a.mentions];
  const overlaps = (s: number, e: number) => mentions.some((m) => m.start < e && s < m.end);
  const add = (r: { start: number; end: number } | undefined, type: EntityMention["type"]) => {
    if (!r || overlaps(r.start, r.end)) return;
    const text = a.doc.text.slice(r.start, r.end);
    if (!looksLikeParty(text)) return;
    mentions.push({ start: r.start, end: r.end, text, type });
  };
  for (const c of claims) {
    add(c.speakerRef ?? c.speakerSpan, "group");
    c.via.forEach((v) => add(v, "organization"));
  }
  return mentions.sort((x, y) => x.start - y.start);
}

/** Party-like words the tagger does not take as names: "Ukrainian officials", "the Kremlin", "Russian state media". */
const PARTY_NOUN = /\b(?:officials?|authorities|police|military|forces|troops|army|government|ministry|spokes(?:man|woman|person)|media|agency|office|service|command|council|committee|administration|prosecutors?|residents|witnesses|sources|diplomats|leaders?|kremlin)$/i;
const FUNCTION_WORD = /^(?:of|the|and|for|de|al|el|la|du|von|van|der)$/;

/**
 * Whether a speaker or channel phrase names a party worth an entity: a capitalised name ("Facebook", "Interfax") or
 * a short party description ending in a party noun ("Ukrainian officials"); not a pronoun, a clause or a figure
 * ("Some 64 percent considered police").
 */
export function looksLikeParty(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!/\p{Lu}/u.test(text) || /\d|%/.test(text) || words.length > 5) return false;
  if (/^(he|she|they|it|we|i|you|this|that|there|some|many|most|few|several|all)$/i.test(words[0])) return false;
  const titled = words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && FUNCTION_WORD.test(w.toLowerCase())));
  return titled || PARTY_NOUN.test(text.trim());
}

function toClaim(p: PerDocument, c: ClaimMention, id: string, entityOver: EntityOver, eventAt: Map<string, string>): Claim {
  const doc = p.a.doc.id;
  const span = (r: { start: number; end: number }): Span => ({ doc, start: r.start, end: r.end });
  const speakerRange = c.speakerRef ?? c.speakerSpan;
  const speaker = speakerRange ? entityOver(doc, speakerRange.start, speakerRange.end) : undefined;
  const via = c.via.map((v) => entityOver(doc, v.start, v.end)).filter((x): x is string => Boolean(x));
  const inside = (r: { start: number; end: number }) => r.start >= c.contentSpan.start && r.end <= c.contentSpan.end;
  const quantities = p.figures.filter((q) => inside(q.span)).map((q) => ({ ...toQuantity(doc, q, entityOver), ...(speaker && !q.claimant ? { claimant: speaker } : {}) }));
  const events = [...new Set(p.events.filter((e) => inside(e.trigger)).map((e) => eventAt.get(`${doc}:${e.trigger.start}`)).filter((x): x is string => Boolean(x)))];
  const time = p.events.find((e) => inside(e.trigger) && e.time)?.time;
  return {
    id,
    ...(speaker ? { speaker } : {}),
    cue: c.cue,
    content: c.content,
    direct: c.direct,
    via: [...new Set(via)],
    evidence: span(c.evidence),
    spans: {
      ...(c.speakerSpan ? { speaker: span(c.speakerSpan) } : {}),
      ...(c.cueSpan ? { cue: span(c.cueSpan) } : {}),
      content: span(c.contentSpan),
    },
    certainty: c.certainty,
    ...(time ? { time } : {}),
    ...(quantities.length ? { quantities } : {}),
    events,
  };
}

function uniqueFigures(qs: Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = q.span ? `${q.span.doc}:${q.span.start}` : JSON.stringify(q);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** An event whose figures or times are contradicted by other evidence is disputed (unless denied). */
function markDisputed(events: Dossier["events"], contradictions: Contradiction[]): void {
  const spans = new Set(contradictions.flatMap((c) => c.items.map((it) => `${it.evidence.doc}:${it.evidence.start}`)));
  for (const e of events) {
    const touched = e.evidence.some((s) => spans.has(`${s.doc}:${s.start}`)) || e.quantities.some((q) => q.span && spans.has(`${q.span.doc}:${q.span.start}`));
    if (touched && e.certainty !== "denied") e.certainty = "disputed";
  }
}
