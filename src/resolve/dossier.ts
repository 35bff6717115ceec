/**
 * The cross-document half of the pipeline: from analysed documents to the `dossier/1` record.
 * Synchronous and deterministic, so the store can re-run it over everything it holds inside one transaction.
 */
import type { AnalysedDocument, Claim, Dossier, EntityMention, Span } from "../types.js";
import { extractClaims, type ClaimMention } from "../events/claims/index.js";
import { resolveEntities } from "./entities.js";
import { groupStories } from "./stories.js";

export function buildDossier(docs: AnalysedDocument[]): Dossier {
  const claimMentions = docs.map((a) => extractClaims(a));
  // Speakers and channels the tagger missed ("Facebook", "Ukrainian officials") still become entities.
  const withSpeakers = docs.map((a, i) => ({ ...a, mentions: addClaimParties(a, claimMentions[i]) }));
  const { entities, entityAt } = resolveEntities(withSpeakers);
  const entityOver = entityFinder(withSpeakers, entityAt);
  const claims = withSpeakers.flatMap((a, i) => claimMentions[i].map((c, k) => toClaim(a, c, `c${i + 1}-${k + 1}`, entityOver)));
  const stories = groupStories(withSpeakers, entities);
  return {
    schema: "dossier/1",
    documents: docs.map((a) => a.doc),
    entities,
    events: [],
    claims,
    stories,
    contradictions: [],
    summary: [],
    times: docs.flatMap((a) => a.times),
  };
}

type EntityOver = (doc: string, start: number, end: number) => string | undefined;

/** The entity whose mention in `doc` overlaps [start, end) most. */
function entityFinder(docs: AnalysedDocument[], entityAt: Map<string, string>): EntityOver {
  const byDoc = new Map(docs.map((a) => [a.doc.id, a.mentions]));
  return (doc, start, end) => {
    let best: { id: string; overlap: number } | undefined;
    for (const m of byDoc.get(doc) ?? []) {
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      const id = entityAt.get(`${doc}:${m.start}`);
      if (overlap > 0 && id && (!best || overlap > best.overlap)) best = { id, overlap };
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
    if (!/\p{Lu}/u.test(text) || /^(he|she|they|it|we|i|you|this|that)$/i.test(text)) return;
    mentions.push({ start: r.start, end: r.end, text, type });
  };
  for (const c of claims) {
    add(c.speakerRef ?? c.speakerSpan, "group");
    c.via.forEach((v) => add(v, "organization"));
  }
  return mentions.sort((x, y) => x.start - y.start);
}

function toClaim(a: AnalysedDocument, c: ClaimMention, id: string, entityOver: EntityOver): Claim {
  const span = (r: { start: number; end: number }): Span => ({ doc: a.doc.id, start: r.start, end: r.end });
  const speakerRange = c.speakerRef ?? c.speakerSpan;
  const speaker = speakerRange ? entityOver(a.doc.id, speakerRange.start, speakerRange.end) : undefined;
  const via = c.via.map((v) => entityOver(a.doc.id, v.start, v.end)).filter((x): x is string => Boolean(x));
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
    events: [],
  };
}
