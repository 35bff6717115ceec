/**
 * Where reports disagree, each disagreement a contradiction with every side's evidence and claimant, so the reader
 * sees who says what:
 * - figures: two figures of the same kind (killed, injured, …) about the same people, as of the same day (or both
 *   undated), whose ranges do not overlap, from different sentences; and the same figure told as confirmed by one
 *   and as unconfirmed by another;
 * - facts about one event: one telling asserts it and another denies it or says it did not happen; tellings name
 *   different doers (blame: "X said Russia fired" vs "Y said Ukraine fired") for what was done to the same target;
 *   tellings name different places for what is clearly the same event (same doer, same stated day, each report
 *   naming only its own place).
 */
import type { AnalysedDocument, Certainty, Claim, Contradiction, Entity, EventType, Modality, Quantity, Span, TimeValue } from "../types.js";
import type { EventMention } from "../events/index.js";
import type { EntityOver } from "./events.js";
import { countryOfDemonym } from "../nlp/geo/index.js";
import { groupBy } from "../util/group.js";

/** Whom a figure counts, reduced to what identifies the group: "Russian troops" ~ "Russian soldiers". */
export function groupKey(of: string | undefined): string {
  if (!of) return "";
  const words = of.toLowerCase().match(/\p{L}+/gu) ?? [];
  const SAME: Record<string, string> = { troops: "soldier", soldiers: "soldier", servicemen: "soldier", troop: "soldier", soldier: "soldier", civilians: "civilian", civilian: "civilian", people: "people", persons: "people", children: "child", child: "child" };
  const head = words.map((w) => SAME[w]).filter(Boolean).at(-1) ?? words.at(-1) ?? "";
  const nationality = words.find((w) => /(ian|ese|ish|an|i)$/.test(w) && !SAME[w]) ?? "";
  return `${nationality}|${head}`;
}

const lowOf = (q: Quantity) => q.low ?? q.best ?? q.high;
/** A figure with only a low ("more than 4,300", "dozens") is a lower bound: open above. */
const highOf = (q: Quantity) => q.high ?? q.best ?? (q.low !== undefined ? Infinity : undefined);

function overlaps(a: Quantity, b: Quantity): boolean {
  const [al, ah, bl, bh] = [lowOf(a), highOf(a), lowOf(b), highOf(b)];
  if (al === undefined || bl === undefined) return true; // a figure without a number cannot contradict
  return al <= (bh ?? bl) && bl <= (ah ?? al);
}

export function figureContradictions(quantities: Quantity[], nextId: () => string): Contradiction[] {
  return [...figureClashes(quantities, nextId), ...confirmationClashes(quantities, nextId)];
}

function figureGroups(quantities: Quantity[]): Quantity[][] {
  const groups = new Map<string, Quantity[]>();
  for (const q of quantities) {
    if (q.kind === "other" || !q.span) continue;
    const key = `${q.kind}|${groupKey(q.of)}|${q.asOf?.start.slice(0, 10) ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()].map((qs) => qs.filter((q, i) => qs.findIndex((o) => o.span!.doc === q.span!.doc && o.span!.start === q.span!.start) === i));
}

const figureAbout = (q: Quantity) => `${q.of ?? "people"} ${q.kind}${q.asOf ? ` as of ${q.asOf.start.slice(0, 10)}` : ""}`;

/**
 * The same figure (ranges that agree) told as confirmed in one place and as not confirmed in another: "has yet to be
 * confirmed by Russia" against "the ministry confirmed". Different documents only: one report's own hedging is not
 * a disagreement between reports.
 */
function confirmationClashes(quantities: Quantity[], nextId: () => string): Contradiction[] {
  const out: Contradiction[] = [];
  for (const qs of figureGroups(quantities)) {
    const confirmed = qs.filter((q) => q.confirmed), unconfirmed = qs.filter((q) => !q.confirmed);
    const pairs = confirmed.flatMap((a) => unconfirmed.filter((b) => b.span!.doc !== a.span!.doc && overlaps(a, b)).map((b) => [a, b] as const));
    if (!pairs.length) continue;
    const sides = uniqueQuantities(pairs.flat());
    out.push({
      id: nextId(),
      about: `whether the figure of ${figureAbout(sides[0])} is confirmed`,
      items: sides.map((q) => ({ value: `${q.text} (${q.confirmed ? "confirmed" : "unconfirmed"})`, evidence: q.span!, ...(q.claimant ? { claimant: q.claimant } : {}) })),
    });
  }
  return out;
}

const uniqueQuantities = (qs: Quantity[]) => qs.filter((q, i) => qs.indexOf(q) === i);

function figureClashes(quantities: Quantity[], nextId: () => string): Contradiction[] {
  const out: Contradiction[] = [];
  for (const distinct of figureGroups(quantities)) {
    const clash = distinct.some((a, i) => distinct.slice(i + 1).some((b) => !overlaps(a, b)));
    if (!clash) continue;
    out.push({
      id: nextId(),
      about: figureAbout(distinct[0]),
      items: distinct.map((q) => ({ value: q.text, evidence: q.span!, ...(q.claimant ? { claimant: q.claimant } : {}) })),
    });
  }
  return out;
}

// ── facts about one event ──────────────────────────────────────────────────

/** One report's telling of an event, with its participants resolved to entity ids. */
export interface EventTelling {
  /** The id of the event it was merged into. */
  event: string;
  type: EventType;
  mode?: string;
  /** The trigger word, lower case: "fired", "strikes". */
  word: string;
  /** Whether the trigger is a verb ("did not strike") or a noun ("no strikes", "without parole"). */
  pos: "verb" | "noun";
  summary: string;
  /** The sentence that tells it. */
  evidence: Span;
  modality: Modality;
  certainty: Certainty;
  actors: string[];
  targets: string[];
  places: { entity: string; role: "origin" | "target" | "venue" | "area" }[];
  time?: TimeValue;
  /** Who tells it: the speaker of the claim it is reported in; absent when the outlet tells it in its own voice. */
  claimant?: string;
}

/** The tellings of every event mention, from the per-report mentions, the merged events' ids and the claims. */
export function tellingsOf(
  mentions: { doc: AnalysedDocument; m: EventMention }[],
  eventAt: Map<string, string>,
  entityOver: EntityOver,
  claims: Claim[],
): EventTelling[] {
  const out: EventTelling[] = [];
  const claimsOf = groupBy(claims, (c) => c.spans.content.doc);
  for (const { doc, m } of mentions) {
    const id = doc.doc.id;
    const event = eventAt.get(`${id}:${m.trigger.start}`);
    if (!event) continue;
    const ids = (rs: { start: number; end: number }[]) => [...new Set(rs.map((r) => entityOver(id, r.start, r.end)).filter((x): x is string => Boolean(x)))];
    const claim = claimsOf.get(id)?.find((c) => c.spans.content.start <= m.trigger.start && m.trigger.end <= c.spans.content.end);
    const modality = m.modality === "negated" && !deniesHappening(doc.doc.text, m) ? "hypothetical" : m.modality;
    out.push({
      event,
      type: m.type,
      ...(m.mode ? { mode: m.mode } : {}),
      word: doc.doc.text.slice(m.trigger.start, m.trigger.end).toLowerCase(),
      pos: m.pos ?? "verb",
      summary: m.summary,
      evidence: { doc: id, start: m.evidence.start, end: m.evidence.end },
      modality,
      certainty: m.certainty,
      actors: ids(m.actors),
      targets: ids(m.targets),
      places: m.places.map((p) => ({ entity: entityOver(id, p.range.start, p.range.end) ?? "", role: p.role })).filter((p) => p.entity),
      ...(m.time ? { time: m.time } : {}),
      ...(claim?.speaker ? { claimant: claim.speaker } : {}),
    });
  }
  return out;
}

/**
 * A negation that says the event did not happen, as opposed to "will not return" (a forecast), "did not meet him
 * until this year" (it happened later), "never agreed to it again" (not repeated) or "has not been hit by a quake in
 * 25 years" (a record, not an event).
 */
function deniesHappening(text: string, m: EventMention): boolean {
  const before = text.slice(Math.max(m.evidence.start, m.trigger.start - 60), m.trigger.start).toLowerCase();
  const after = text.slice(m.trigger.end, Math.min(m.evidence.end, m.trigger.end + 80)).toLowerCase();
  if (/\b(will|would|wo|could|can|ca|may|might|should|shall)\s*(not|n't|never)\b/.test(before)) return false;
  if (/[-–]\s*$/.test(before)) return false; // "the not-yet-officially-released IE11": a compound adjective
  if (/\b(until|again|anymore|any more|since)\b/.test(after) || /\bin (more than |over |nearly |almost )?(\d+|a|many|several) (years|decades|months)\b/.test(after)) return false;
  return true;
}

/**
 * Contradictions of fact between the tellings of one event: whether it happened, who did it, where. Tellings are
 * of one event when they were merged into it, or — for a denial, which the merging may keep apart — when they are
 * of the same type and word and share a participant with no stated day between them.
 */
export function factContradictions(tellings: EventTelling[], entities: Entity[], nextId: () => string): Contradiction[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // only named parties tie two tellings together: "the area" or "people" is anything
  const named = (id: string) => /\p{Lu}/u.test(byId.get(id)?.name ?? "");
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const out: Contradiction[] = [];
  const byEvent = groupBy(tellings, (t) => t.event);
  out.push(...denials(tellings, named, nextId));
  for (const ts of byEvent.values()) {
    const asserted = ts.filter((t) => t.modality === "asserted" && t.certainty !== "denied");
    const blame = blameClash(asserted, byId);
    if (blame) out.push({ id: nextId(), about: `who: ${about(blame[0][0])}`, items: blame.map(([t, actors]) => item(t, actors.map(nameOf).join(" and "))) });
    const where = placeClash(asserted, byId);
    if (where) out.push({ id: nextId(), about: `where: ${about(where[0][0])}`, items: where.map(([t, places]) => item(t, places.map(nameOf).join(" and "))) });
  }
  return out;
}

const about = (t: EventTelling) => t.summary.replace(/\.$/, "");
const item = (t: EventTelling, value: string) => ({ value, evidence: t.evidence, ...(t.claimant ? { claimant: t.claimant } : {}) });
/** A telling that the event did not happen: a negated verb ("did not strike"), or denied by the party concerned. Negated nouns ("without parole", "didn't regret the murders") too often negate something else. */
const denies = (t: EventTelling) => (t.modality === "negated" && t.pos === "verb") || t.certainty === "denied";
const statedDay = (t: EventTelling) => (t.time && !t.time.inferred && /^\d{4}-\d{2}-\d{2}/.test(t.time.start) ? t.time.start.slice(0, 10) : undefined);

/** One telling says it happened, another that it did not (or the party concerned denies it). */
function denials(tellings: EventTelling[], named: (id: string) => boolean, nextId: () => string): Contradiction[] {
  const out: Contradiction[] = [];
  const used = new Set<EventTelling>();
  // only tellings of one type named by one word can be the same happening: compare within those groups
  const keyOf = (t: EventTelling) => `${t.type}|${lemmaOf(t.word)}`;
  const groups = groupBy(tellings, keyOf);
  for (const no of tellings.filter(denies)) {
    if (used.has(no)) continue;
    const group = groups.get(keyOf(no)) ?? [];
    const otherSource = (t: EventTelling) => t.evidence.doc !== no.evidence.doc || (t.claimant ?? "") !== (no.claimant ?? "");
    const yes = group.filter((t) => t.modality === "asserted" && t.certainty !== "denied" && otherSource(t) && sameHappening(t, no, named)).slice(0, 3);
    if (!yes.length) continue;
    const noes = group.filter((t) => denies(t) && yes.some((y) => sameHappening(y, t, named)));
    noes.forEach((t) => used.add(t));
    out.push({
      id: nextId(),
      about: `whether it happened: ${about(yes[0])}`,
      items: [...uniqueByEvidence(yes).map((t) => item(t, "happened")), ...uniqueByEvidence(noes).map((t) => item(t, t.certainty === "denied" ? "denied" : "did not happen"))],
    });
  }
  return out;
}

/**
 * The same happening: of the same type, named by the same word, sharing a participant, and on no different stated day.
 */
function sameHappening(a: EventTelling, b: EventTelling, named: (id: string) => boolean = () => true): boolean {
  // the same word: "fired" / "did not fire", "launching" / "denied launching"; merged tellings in other words may be
  // other acts of one affair ("dismissed calls to quit" / "will not be pushed out")
  if (a.type !== b.type || lemmaOf(a.word) !== lemmaOf(b.word)) return false;
  const [da, db] = [statedDay(a), statedDay(b)];
  if (da && db && da !== db) return false;
  const parties = (t: EventTelling) => new Set([...t.actors, ...t.targets, ...t.places.map((p) => p.entity)].filter(named));
  const pa = parties(a);
  const shared = [...parties(b)].some((p) => pa.has(p));
  // both name a target or place: they must share one ("did not strike Kyiv" says nothing of Kharkiv)
  const placesA = new Set([...a.targets, ...a.places.map((p) => p.entity)]);
  const placesB = [...b.targets, ...b.places.map((p) => p.entity)];
  if (placesA.size && placesB.length && !placesB.some((p) => placesA.has(p))) return false;
  return shared;
}

/** A crude stem: "fire", "fired", "firing" → "fir"; "launches", "launched" → "launch". */
const lemmaOf = (w: string) => w.split(/\s+/)[0].replace(/(ies)$/, "y").replace(/(ing|ed|es|s|e)$/, "").replace(/(.)\1$/, "$1");

function uniqueByEvidence(ts: EventTelling[]): EventTelling[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = `${t.evidence.doc}:${t.evidence.start}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const BLAMED = new Set<EventType>(["ASSAULT", "COERCE"]);

/** A party's country, so that "Russian forces" and "Russia" are one side. */
function sideOf(id: string, byId: Map<string, Entity>): string {
  const e = byId.get(id);
  if (!e) return id;
  if (e.geo?.precision === "country" && e.geo.country) return `country:${e.geo.country}`;
  const demonym = e.name.split(/\s+/)[0];
  const cc = e.type === "group" || e.type === "organization" ? countryOfDemonym(demonym) : undefined;
  return cc ? `country:${cc}` : id;
}

/**
 * Blame: tellings of what was done to the same target or place that name doers on different sides, each telling
 * from its own report or claimant. Returns each side's tellings with the doers it names.
 */
function blameClash(ts: EventTelling[], byId: Map<string, Entity>): [EventTelling, string[]][] | undefined {
  // blame is between sides of a conflict — states, their forces, their officials as such — for an act of force;
  // two different people named as the doer of one killing is more often two ways of naming one person
  const sides = (t: EventTelling) => new Set(t.actors.map((a) => sideOf(a, byId)));
  const withDoer = ts.filter((t) => BLAMED.has(t.type) && t.actors.length && [...sides(t)].every((x) => x.startsWith("country:")));
  if (withDoer.length < 2) return undefined;
  const struck = (t: EventTelling) => new Set([...t.targets, ...t.places.filter((p) => p.role !== "origin").map((p) => p.entity)]);
  for (let i = 0; i < withDoer.length; i++)
    for (let j = i + 1; j < withDoer.length; j++) {
      const [a, b] = [withDoer[i], withDoer[j]];
      if (a.evidence.doc === b.evidence.doc && a.claimant === b.claimant) continue;
      const sa = sides(a);
      if ([...sides(b)].some((s) => sa.has(s))) continue;
      // a doer that is the other's target is a fight between them, not blame ("Russia struck Ukraine", "Ukraine struck Russia")
      const ta = struck(a), tb = struck(b);
      if (![...ta].some((x) => tb.has(x))) continue;
      if (a.actors.some((x) => tb.has(x)) || b.actors.some((x) => ta.has(x))) continue;
      const [da, db] = [statedDay(a), statedDay(b)];
      if (da && db && da !== db) continue;
      return [[a, a.actors], [b, b.actors]];
    }
  return undefined;
}

/** Geographic nesting: Kharkiv lies in Ukraine, so "struck Ukraine" and "struck Kharkiv" agree. */
function nested(a: string, b: string, byId: Map<string, Entity>): boolean {
  const [ea, eb] = [byId.get(a), byId.get(b)];
  if (!ea?.geo || !eb?.geo) return true; // not placed: cannot tell, so no clash
  if (ea.geo.precision === "country" || eb.geo.precision === "country") return ea.geo.country === eb.geo.country;
  return false;
}

/**
 * Where: the same doer on the same stated day, each report naming its own place for the event and never the
 * other's — clearly one event told at two places, not two strikes.
 */
function placeClash(ts: EventTelling[], byId: Map<string, Entity>): [EventTelling, string[]][] | undefined {
  const roles = (t: EventTelling) => (t.type === "CONSULT" || t.type === "AGREE" ? ["venue"] : ["target", "area"]);
  const placesOf = (t: EventTelling) => [...new Set(t.places.filter((p) => roles(t).includes(p.role)).map((p) => p.entity))];
  const placed = ts.filter((t) => placesOf(t).length && statedDay(t));
  const docPlaces = new Map<string, Set<string>>();
  for (const t of ts) docPlaces.set(t.evidence.doc, new Set([...(docPlaces.get(t.evidence.doc) ?? []), ...placesOf(t)]));
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i], placed[j]];
      if (a.evidence.doc === b.evidence.doc || statedDay(a) !== statedDay(b)) continue;
      if (!a.actors.some((x) => b.actors.includes(x)) || (a.mode !== b.mode && lemmaOf(a.word) !== lemmaOf(b.word))) continue;
      const [pa, pb] = [docPlaces.get(a.evidence.doc)!, docPlaces.get(b.evidence.doc)!];
      if ([...pa].some((p) => pb.has(p))) continue;
      if ([...pa].some((p) => [...pb].some((q) => nested(p, q, byId)))) continue;
      return [[a, placesOf(a)], [b, placesOf(b)]];
    }
  return undefined;
}
