/**
 * Cross-document entity resolution: one entity per real-world person, organisation or place across all reports.
 * Mentions are merged by a list of rules, each a small function that proposes pairs of clusters to join with the
 * reason a user can read (`Entity.reasons`): same name, transliteration variant, surname of a named person,
 * spelling variant, acronym, same place on the map.
 */
import type { AnalysedDocument, Entity, EntityMention, EntityType, Span } from "../types.js";
import { countryCode, countryOfDemonym, geocode } from "../nlp/geo/index.js";
import { acronymOf, isAcronym, isTypoVariant, normalizeName, transliterationKey } from "./names.js";

export interface ResolvedEntities {
  entities: Entity[];
  /** The entity id of a mention, by `${doc}:${start}`. */
  entityAt: Map<string, string>;
}

interface Item {
  /** Position in the list of items (the cluster index). */
  i: number;
  doc: string;
  m: EntityMention;
  key: string;
}

/** Types whose mentions may be merged with each other (NER confuses organisations, places and "other"). */
const family = (t: EntityType): string => (t === "organization" || t === "location" || t === "other" ? "named" : t);

class Clusters {
  private parent: number[];
  readonly reasons = new Map<number, Set<string>>();
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number, reason: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    this.parent[rb] = ra;
    const set = this.reasons.get(ra) ?? new Set();
    for (const r of this.reasons.get(rb) ?? []) set.add(r);
    set.add(reason);
    this.reasons.set(ra, set);
    this.reasons.delete(rb);
  }
  groups(): number[][] {
    const g = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const members = g.get(r);
      if (members) members.push(i);
      else g.set(r, [i]);
    });
    return [...g.values()];
  }
}

type Rule = (items: Item[], c: Clusters) => void;

/** Identical names after case, diacritics, "the" and possessives are folded. */
const sameName: Rule = (items, c) => joinByKey(items, c, (it) => `${family(it.m.type)}|${it.key}`, "same name");

/** Zelensky = Zelenskyy, Herashchenko = Gerashchenko, Kharkiv = Kharkov. */
const transliteration: Rule = (items, c) =>
  joinByKey(items, c, (it) => (it.key.length >= 4 ? `${family(it.m.type)}|${transliterationKey(it.m.text)}` : ""), "transliteration variant");

/** Medinksy = Medinsky: one word one edit apart, everything else equal. */
const typo: Rule = (items, c) => {
  const byFirst = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${family(it.m.type)}|${it.key[0]}|${it.key.split(" ").length}`;
    const group = byFirst.get(k);
    if (group) group.push(it);
    else byFirst.set(k, [it]);
  }
  for (const group of byFirst.values()) {
    const distinct = uniqueBy(group, (it) => it.key);
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++)
        if (isTypoVariant(distinct[i].m.text, distinct[j].m.text)) c.union(distinct[i].i, distinct[j].i, "spelling variant");
  }
};

/**
 * "Zelenskyy had said" after "Volodymyr Zelenskyy": a one-word person mention joins the full name whose last (or
 * first) word it is — the one in the same report if there is one, else the only one in all reports.
 */
const surname: Rule = (items, c) => {
  const bySurname = new Map<string, Item[]>();
  for (const f of items) {
    if (f.m.type !== "person" || !f.key.includes(" ")) continue;
    const last = transliterationKey(f.key).split(" ").at(-1)!;
    const list = bySurname.get(last);
    if (list) list.push(f);
    else bySurname.set(last, [f]);
  }
  for (const it of items) {
    if (it.key.includes(" ")) continue;
    // The tagger sometimes calls a bare surname an organisation ("Williams' family"): trust that only within its report.
    const mistyped = it.m.type === "organization" || it.m.type === "other";
    if (it.m.type !== "person" && !mistyped) continue;
    const candidates = bySurname.get(transliterationKey(it.key)) ?? [];
    const sameDoc = candidates.filter((f) => f.doc === it.doc);
    const pool = sameDoc.length || mistyped ? sameDoc : candidates;
    const roots = new Set(pool.map((f) => c.find(f.i)));
    if (roots.size === 1) c.union(pool[0].i, it.i, "surname of a named person");
  }
};

/** NATO = North Atlantic Treaty Organisation; ICJ = International Court of Justice. */
const acronym: Rule = (items, c) => {
  const byAcronym = new Map<string, number>();
  for (const it of items) {
    if (family(it.m.type) !== "named" || !it.key.includes(" ")) continue;
    const a = acronymOf(it.m.text.replace(/^the\s+/i, ""));
    if (a.length >= 2) byAcronym.set(a, byAcronym.has(a) && c.find(byAcronym.get(a)!) !== c.find(it.i) ? -1 : it.i);
  }
  for (const it of items) {
    const bare = it.m.text.replace(/\./g, "");
    const target = byAcronym.get(bare);
    if (isAcronym(it.m.text) && target !== undefined && target >= 0) c.union(target, it.i, "acronym");
  }
};

/** Two names that geocode to the same city (Kharkov and Kharkiv via GeoNames alternate names). */
const samePlace: Rule = (items, c) =>
  joinByKey(items, c, (it) => {
    if (it.m.type !== "location") return "";
    const g = geocode(it.m.text);
    return g?.geonameId ? `geo|${g.geonameId}` : g?.kind === "country" && g.country ? `country|${g.country}` : "";
  }, "same place on the map");

/** "He", "the driver": a mention that refers back joins the mention it refers to (within-document coreference). */
const refersBack: Rule = (items, c) => {
  const byStart = new Map(items.map((it) => [`${it.doc}:${it.m.start}`, it]));
  for (const it of items) {
    if (!it.m.refersTo) continue;
    const target = byStart.get(`${it.doc}:${it.m.refersTo.start}`);
    if (target) c.union(target.i, it.i, "refers back to a named mention");
  }
};

/** The rules, in order; a new rule is appended here. */
export const RESOLUTION_RULES: Rule[] = [sameName, transliteration, typo, surname, acronym, samePlace, refersBack];

export function resolveEntities(docs: AnalysedDocument[]): ResolvedEntities {
  const items: Item[] = docs
    .flatMap((a) => a.mentions.map((m) => ({ i: 0, doc: a.doc.id, m, key: normalizeName(m.text) })))
    .filter((it) => it.key)
    .map((it, i) => ({ ...it, i }));
  const clusters = new Clusters(items.length);
  // Name rules see names only: "he" in one report is not "he" in another.
  const named = items.filter((it) => !it.m.refersTo);
  for (const rule of RESOLUTION_RULES) rule(rule === refersBack ? items : named, clusters);
  const countries = countriesNamed(items);
  const entities: Entity[] = [];
  const entityAt = new Map<string, string>();
  const usedIds = new Set<string>();
  const groups = clusters.groups().sort((a, b) => a[0] - b[0]);
  for (const group of groups) {
    const members = group.map((i) => items[i]);
    const entity = toEntity(members, [...(clusters.reasons.get(clusters.find(group[0])) ?? [])], countries, usedIds);
    entities.push(entity);
    for (const it of members) entityAt.set(`${it.doc}:${it.m.start}`, entity.id);
  }
  return { entities, entityAt };
}

function toEntity(all: Item[], reasons: string[], countries: string[], usedIds: Set<string>): Entity {
  // Pronouns and descriptions count as mentions but never name the entity or decide its type.
  const names = all.filter((it) => !it.m.refersTo);
  const members = names.length ? names : all;
  const type = majorityType(members);
  const name = canonicalName(members, type);
  const id = uniqueId(`${type}:${slug(name)}`, usedIds);
  const mentions: Span[] = all.map((it) => ({ doc: it.doc, start: it.m.start, end: it.m.end }));
  const aliases = [...new Set(members.map((it) => it.m.text))];
  const description = bestDescription(members);
  const entity: Entity = { id, name, type, aliases, mentions, reasons, ...(description ? { description } : {}) };
  if (type === "location") {
    const g = aliases.map((a) => geocode(a, { countries })).find(Boolean);
    if (g) entity.geo = { lat: g.lat, lon: g.lon, ...(g.country ? { country: g.country } : {}), ...(g.geonameId ? { geonameId: g.geonameId } : {}), precision: g.precision };
  }
  return entity;
}

function majorityType(members: Item[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const it of members) votes.set(it.m.type, (votes.get(it.m.type) ?? 0) + (it.key.includes(" ") ? 1.5 : 1));
  // A name that is a country is a place whatever the tagger said in one sentence.
  if (members.some((it) => countryCode(it.m.text)) && (votes.get("location") ?? 0) > 0) return "location";
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** The fullest form: most words, then most frequent, then first met. */
function canonicalName(members: Item[], type: EntityType): string {
  const counts = new Map<string, number>();
  for (const it of members) counts.set(it.m.text, (counts.get(it.m.text) ?? 0) + 1);
  const words = (s: string) => s.split(/\s+/).length;
  const forms = [...counts.keys()].filter((f) => !(type !== "person" && isAcronym(f) && counts.size > 1));
  return forms.sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)!)[0] ?? members[0].m.text;
}

/** The most informative stated role: the longest. */
function bestDescription(members: Item[]): string | undefined {
  return members.map((it) => it.m.description).filter((d): d is string => Boolean(d)).sort((a, b) => b.length - a.length)[0];
}

/** Countries the reports name, by name or nationality ("Belarusian" → BY): they settle ambiguous place names. */
function countriesNamed(items: Item[]): string[] {
  const cc = new Set<string>();
  for (const it of items) {
    const c = countryCode(it.m.text) ?? (it.m.type === "group" || it.m.type === "other" ? countryOfDemonym(it.m.text.split(/\s+/)[0]) : undefined);
    if (c) cc.add(c);
  }
  return [...cc];
}

function joinByKey(items: Item[], c: Clusters, keyOf: (it: Item) => string, reason: string): void {
  const first = new Map<string, number>();
  for (const it of items) {
    const k = keyOf(it);
    if (!k) continue;
    if (first.has(k)) c.union(first.get(k)!, it.i, reason);
    else first.set(k, it.i);
  }
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

const slug = (s: string): string =>
  normalizeName(s).replace(/\s+/g, "-").slice(0, 60) || "unnamed";

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
