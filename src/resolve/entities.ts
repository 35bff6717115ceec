/**
 * Cross-document entity resolution: one entity per real-world person, organisation or place across all reports.
 * Mentions are merged by a list of rules, each a small function that proposes pairs of clusters to join with the
 * reason a user can read (`Entity.reasons`): same name, transliteration variant, surname of a named person,
 * spelling variant, acronym, same place on the map, a person the tagger mistyped, a shorter form of a name, a
 * country's government. Then the rules over descriptions (mentions with `kind`, from src/nlp/coref.ts): "the
 * actress" joins the person the related reports call actress ("the facility" the treatment center they name), "the
 * robbers" of two reports of one story join (so do "the store" and "the shop", "three people" and "three bank
 * workers"), an unnamed "woman" or "boss … himself" joins the story's leading woman or man.
 * Reports are "related" when they tell the same story (TF-IDF average-link over their entities and words). An
 * entity that is never named keeps the reason UNNAMED_REASON and `unnamed: true`, so a report can leave it out.
 */
import type { AnalysedDocument, Entity, EntityMention, EntityType, Span } from "../types.js";
import { countryCode, countryOfDemonym, geocode } from "../nlp/geo/index.js";
import { countries } from "../nlp/geo/tables.js";
import { placeKindMates, sameKindOfPerson, sameKindOfPlace } from "../nlp/mentions/nominals.js";
import { headGender } from "../nlp/coref.js";
import { acronymOf, isAcronym, isShorterFormOfName, isTypoVariant, normalizeName, personNameKey, transliterationKey } from "./names.js";

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
  /** ISO code of the country whose government this mention stands for ("the Russian government", "Moscow said"). */
  governs?: string;
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
    if (it.m.type !== "location" || it.governs) return "";
    const g = geocode(it.m.text);
    return g?.geonameId ? `geo|${g.geonameId}` : g?.kind === "country" && g.country ? `country|${g.country}` : "";
  }, "same place on the map");

/** "He", "the driver": a mention that refers back joins the mention it refers to (within-document coreference). */
const refersBack: Rule = (items, c) => {
  const byStart = new Map(items.map((it) => [`${it.doc}:${it.m.start}`, it]));
  for (const it of items) {
    if (!it.m.refersTo) continue;
    const target = byStart.get(`${it.doc}:${it.m.refersTo.start}`);
    if (target) c.union(target.i, it.i, target.m.kind ? "refers back to an earlier description" : "refers back to a named mention");
  }
};

/** A cluster with no name in it: only descriptions ("a woman", "the driver") and pronouns. */
function unnamedClusters(items: Item[], c: Clusters): Map<number, Item[]> {
  const byRoot = new Map<number, Item[]>();
  for (const it of items) {
    const r = c.find(it.i);
    const list = byRoot.get(r);
    if (list) list.push(it);
    else byRoot.set(r, [it]);
  }
  for (const [r, members] of byRoot) if (members.some((it) => !it.m.kind)) byRoot.delete(r);
  return byRoot;
}

/** The head noun a cluster of descriptions is known by: that of its first description. */
const headOf = (members: Item[]): Item | undefined => members.find((it) => it.m.kind === "description" && it.m.head);

/**
 * Reports about the same happening, for joining descriptions across reports ("the robbers" of one report are
 * those of another only when both tell the same robbery). Each report is a TF-IDF vector of the named entities
 * it mentions (people count double: who tells stories apart best) and its content words; reports are grouped by
 * average-link clustering above a cosine threshold, so one shared city does not chain two stories together.
 * Returns the group of each document. Cached per clustering state: rules call it after the name rules have run.
 */
function relatedReports(items: Item[], c: Clusters): Map<string, string> {
  const cached = groupCache.get(c);
  if (cached) return cached;
  const docs = [...new Set(items.map((it) => it.doc))];
  const raw = new Map<string, Map<string, number>>(docs.map((d) => [d, new Map()]));
  const add = (d: string, k: string, w: number) => raw.get(d)!.set(k, (raw.get(d)!.get(k) ?? 0) + w);
  for (const it of items) {
    if (it.m.kind || it.m.refersTo) continue;
    add(it.doc, `e${c.find(it.i)}`, it.m.type === "person" ? 2 : 1);
  }
  for (const [d, text] of textOf.get(c) ?? []) if (raw.has(d)) for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!COMMON_WORDS.has(w)) add(d, `w${w}`, WORD_WEIGHT);
  const vectors = tfidf(docs.map((d) => raw.get(d)!));
  const groups = averageLink(vectors, STORY_THRESHOLD);
  const out = new Map<string, string>();
  groups.forEach((members, g) => members.forEach((k) => out.set(docs[k], `g${g}`)));
  groupCache.set(c, out);
  return out;
}

const groupCache = new WeakMap<Clusters, Map<string, string>>();
const textOf = new WeakMap<Clusters, Map<string, string>>();

/** Cosine (average over pairs) above which two groups of reports tell the same story; tuned on ECB+ train topics. */
export const STORY_THRESHOLD = 0.08;
/** Weight of a content word against a named entity's 1 (a person's 2). */
const WORD_WEIGHT = 1;
const COMMON_WORDS = new Set(("that this with from have were they their there been said says would could about after " +
  "before which when where what while also into over more than will year years other some just only first last " +
  "told like them then time week weeks monday tuesday wednesday thursday friday saturday sunday").split(" "));

function tfidf(raw: Map<string, number>[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return raw.map((f) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, tf] of f) {
      const w = (1 + Math.log(tf)) * Math.log(1 + raw.length / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

/** Cosine of every pair of normalised sparse vectors that share a feature, through an inverted index. */
function cosines(vectors: Map<string, number>[]): Map<number, number>[] {
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [k, w] of v) (postings.get(k) ?? postings.set(k, []).get(k)!).push([i, w]);
  });
  const sim = vectors.map(() => new Map<number, number>());
  for (const list of postings.values()) {
    // A feature most reports share says little and would cost the square of their number.
    if (list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, wi] = list[x], [j, wj] = list[y];
        sim[i].set(j, (sim[i].get(j) ?? 0) + wi * wj);
        sim[j].set(i, (sim[j].get(i) ?? 0) + wi * wj);
      }
  }
  return sim;
}

const MAX_POSTING = 100;
/** Above this many reports, average link (cubic) gives way to linking pairs above a stricter threshold. */
const MAX_AVERAGE_LINK = 200;
const SINGLE_LINK_THRESHOLD = 0.3;

/** Average-link agglomerative clustering of normalised vectors: merges the closest pair while above `threshold`. */
function averageLink(vectors: Map<string, number>[], threshold: number): number[][] {
  const n = vectors.length;
  const sim = cosines(vectors);
  if (n > MAX_AVERAGE_LINK) return singleLink(sim, SINGLE_LINK_THRESHOLD);
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = threshold, pair: [number, number] | undefined;
    for (let x = 0; x < clusters.length; x++)
      for (let y = x + 1; y < clusters.length; y++) {
        let total = 0;
        for (const i of clusters[x]) for (const j of clusters[y]) total += sim[i].get(j) ?? 0;
        const avg = total / (clusters[x].length * clusters[y].length);
        if (avg > best) [best, pair] = [avg, [x, y]];
      }
    if (!pair) return clusters;
    const [x, y] = pair;
    clusters[x] = [...clusters[x], ...clusters[y]];
    clusters = clusters.filter((_, k) => k !== y);
  }
}

/** Connected components of the pairs more similar than `threshold`. */
function singleLink(sim: Map<number, number>[], threshold: number): number[][] {
  const parent = sim.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  sim.forEach((row, i) => row.forEach((s, j) => { if (s > threshold) parent[find(j)] = find(i); }));
  const groups = new Map<number, number[]>();
  sim.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  return [...groups.values()];
}

/**
 * "The robbers" in one report and "the robbers" or "the thieves" in another report of the same story are the same
 * people: clusters without a name join across related reports when their head nouns agree (the same noun, or
 * nouns for the same kind of person) and so does their number.
 */
const sameDescription: Rule = (items, c) => {
  const group = relatedReports(items, c);
  // Every description of a cluster counts, not only its first: a chain begun in one story's report may be called
  // "demonstrators" there and "youths" in the report that shares a story with another cluster's "protesters".
  const byKey = new Map<string, Map<number, Item[]>>(); // group|type|number → cluster → its distinct heads there
  for (const [root, members] of unnamedClusters(items, c)) {
    for (const d of uniqueBy(members.filter((it) => it.m.kind === "description" && it.m.head), (it) => `${group.get(it.doc)}|${it.m.type}|${it.m.plural ? "pl" : "sg"}|${it.m.head}`)) {
      const key = `${group.get(d.doc)}|${d.m.type}|${d.m.plural ? "pl" : "sg"}`;
      const clusters = byKey.get(key) ?? new Map<number, Item[]>();
      clusters.set(root, [...(clusters.get(root) ?? []), d]);
      byKey.set(key, clusters);
    }
  }
  for (const clusters of byKey.values()) {
    const ds = [...clusters.values()];
    for (let x = 0; x < ds.length; x++)
      for (let y = x + 1; y < ds.length; y++) {
        const reason = compatibleHeads(ds[x], ds[y]);
        if (reason) c.union(ds[x][0].i, ds[y][0].i, reason);
      }
  }
};

/**
 * Why two clusters' descriptions (in one related group) name the same thing: the same head, the same kind of person
 * or of place, or the same count of people where one head says no more than that they are people.
 */
function compatibleHeads(xs: Item[], ys: Item[]): string | undefined {
  for (const a of xs) for (const b of ys) if (a.m.head === b.m.head) return "same description in a related report";
  for (const a of xs)
    for (const b of ys) {
      if (a.m.type !== "location" && sameKindOfPerson(a.m.head!, b.m.head!)) return "same kind of person in a related report";
      if (a.m.type === "location" && sameKindOfPlace(a.m.head!, b.m.head!)) return "same kind of place in a related report";
    }
  // "Three people" and "three bank workers", "four men" and "four robbers": the same count of people in one story.
  for (const a of xs)
    for (const b of ys) {
      if (a.m.type !== "group" || b.m.type !== "group") continue;
      const [n, k] = [cardinalOf(a.m.text), cardinalOf(b.m.text)];
      const [ga, gb] = [headGender(a.m.head!), headGender(b.m.head!)];
      const generic = GENERIC_PEOPLE.has(a.m.head!) || GENERIC_PEOPLE.has(b.m.head!);
      if (n !== undefined && n === k && generic && !(ga && gb && ga !== gb)) return "as many people in a related report";
    }
  return undefined;
}

/** Heads that say only that they are people: "three people" may be "three bank workers", "two officers" not "two suspects". */
const GENERIC_PEOPLE = new Set(["people", "person", "man", "woman", "individual", "adult", "victim"]);
const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** The count a description states of its people ("three bank workers", "the 3 employees"), 2 or more; undefined when none. */
function cardinalOf(text: string): number | undefined {
  for (const w of text.toLowerCase().split(/\s+/).slice(0, 3)) {
    const k = NUMBER_WORDS.indexOf(w);
    if (k >= 0) return k + 2;
    if (/^\d{1,3}$/.test(w) && Number(w) >= 2) return Number(w);
  }
  return undefined;
}

/**
 * "The actress" in one report joins Lindsay Lohan of a related report whom the reports call "actress" (a title, a
 * role stated, or a description that refers to her), when she is called so clearly more often than anyone else
 * there (twice as often as the next).
 */
const describedAs: Rule = (items, c) => {
  const group = relatedReports(items, c);
  const evidence = new Map<string, Map<number, number>>(); // group|family|head → named cluster → times so called
  const hasName = new Set<number>();
  for (const it of items) if (!it.m.kind) hasName.add(c.find(it.i));
  for (const it of items) {
    const r = c.find(it.i);
    if (!hasName.has(r)) continue;
    const heads = it.m.kind === "description" && it.m.head ? [it.m.head] : !it.m.kind ? roleWords(it.m.description) : [];
    // "Promises Treatment Center" is what "the center", and so "the facility" or "rehab", of its story stands for.
    if (!it.m.kind && it.m.type === "location") heads.push(...placeKindMates(lastWordOf(it.m.text)));
    for (const h of heads) {
      const key = `${group.get(it.doc)}|${family(it.m.type === "group" ? "person" : it.m.type)}|${h}`;
      const counts = evidence.get(key) ?? new Map<number, number>();
      counts.set(r, (counts.get(r) ?? 0) + 1);
      evidence.set(key, counts);
    }
  }
  for (const members of unnamedClusters(items, c).values()) {
    const d = headOf(members);
    if (!d || d.m.plural) continue;
    const counts = evidence.get(`${group.get(d.doc)}|${family(d.m.type)}|${d.m.head}`);
    if (!counts) continue;
    const [best, second] = [...counts].sort((x, y) => y[1] - x[1]);
    if (!second || best[1] >= 2 * second[1]) c.union(best[0], d.i, "described as such in a related report");
  }
};

const roleWords = (role: string | undefined): string[] => (role ? role.toLowerCase().split(/[^a-z-]+/).filter(Boolean) : []);
const lastWordOf = (name: string): string => name.toLowerCase().split(/[^a-z-]+/).filter(Boolean).at(-1) ?? "";

/**
 * "A disgruntled woman … the woman … she" in a story whose one leading woman is named elsewhere: an unnamed person
 * whose description says the gender ("woman", "mother", "actress") joins the named person of that gender the
 * related reports mention most, when she is mentioned at least twice as often as any other of that gender.
 * Gender of a named person: the pronouns that refer to them.
 */
const leadingPerson: Rule = (items, c) => {
  const group = relatedReports(items, c);
  const hasName = new Set<number>();
  for (const it of items) if (!it.m.kind) hasName.add(c.find(it.i));
  const tally = new Map<string, Map<number, { n: number; male: number; female: number }>>(); // group → cluster → counts
  for (const it of items) {
    const r = c.find(it.i);
    if (!hasName.has(r) || it.m.type !== "person") continue;
    const g = group.get(it.doc)!;
    const byCluster = tally.get(g) ?? new Map();
    tally.set(g, byCluster);
    const t = byCluster.get(r) ?? { n: 0, male: 0, female: 0 };
    byCluster.set(r, t);
    t.n++;
    const w = it.m.text.toLowerCase();
    if (it.m.kind === "pronoun" && /^(he|him|his|himself)$/.test(w)) t.male++;
    if (it.m.kind === "pronoun" && /^(she|her|hers|herself)$/.test(w)) t.female++;
  }
  for (const members of unnamedClusters(items, c).values()) {
    const d = headOf(members);
    if (!d || d.m.plural || d.m.type !== "person") continue;
    const gender = headGender(d.m.head!) ?? (isProtagonistRole(d.m.head!) ? pronounGender(members) : undefined);
    if (!gender) continue;
    const ranked = [...(tally.get(group.get(d.doc)!) ?? [])]
      .filter(([, t]) => gender === "any" || (gender === "male" ? t.male > t.female : t.female > t.male))
      .sort((x, y) => y[1].n - x[1].n);
    const [best, second] = ranked;
    if (best && best[1].n >= LEADING_MIN && (!second || best[1].n >= 2 * second[1].n)) c.union(best[0], d.i, "the leading person of that gender in related reports");
  }
};

const LEADING_MIN = 3;

/** Roles a report's leading person is called by when the name is not used: the suspect, the driver, the victim. */
const PROTAGONIST_ROLES = new Set(["suspect", "driver", "victim", "gunman", "shooter", "killer", "attacker", "defendant", "accused", "fugitive", "escapee", "inmate", "prisoner", "host", "winner", "champion", "challenger", "star", "singer", "actor", "actress", "player", "coach", "teenager", "teen", "year-old", "motorist", "employee", "worker", "climber", "hiker", "swimmer", "pilot", "victim", "robber", "thief", "offender", "patient", "deceased", "survivor", "director", "nominee", "candidate", "boss", "leader", "heir", "rookie", "icon", "legend", "client", "mafioso"]);
const isProtagonistRole = (head: string) => PROTAGONIST_ROLES.has(head);

/** The gender the pronouns of a cluster give ("the driver … he"), or "any" when they give none. */
function pronounGender(members: Item[]): "male" | "female" | "any" {
  let male = 0, female = 0;
  for (const it of members) {
    const w = it.m.text.toLowerCase();
    if (/^(he|him|his|himself)$/.test(w)) male++;
    if (/^(she|her|hers|herself)$/.test(w)) female++;
  }
  return male > female ? "male" : female > male ? "female" : "any";
}

/** Rules over descriptions, after the name rules and `refersBack` have made the named entities. */
export const DESCRIPTION_RULES: Rule[] = [describedAs, sameDescription, leadingPerson];

/**
 * The tagger calls a person an organisation or a place in some sentences ("Lohan's", "Tara Reid" in a headline):
 * a name of another type that is a person's full name, or the surname of exactly one person named in related
 * reports, joins that person when the name is tagged a person at least as often as anything else.
 */
const mistypedPerson: Rule = (items, c) => {
  // Votes by the person key of every mention: "Vincent 'Chin' Gigante" tagged other counts with "Vincent Gigante".
  const votes = new Map<string, { person: number; other: number }>();
  for (const it of items) {
    const k = personNameKey(it.m.text);
    const v = votes.get(k) ?? { person: 0, other: 0 };
    if (it.m.type === "person") v.person++;
    else v.other++;
    votes.set(k, v);
  }
  const group = relatedReports(items, c);
  const fullName = new Map<string, number>(); // key of a person's name (two words or more) → an item of it
  const keyOf = (it: Item) => personNameKey(it.m.text);
  const bySurname = new Map<string, Set<number>>(); // group|surname → person clusters
  for (const it of items) {
    if (it.m.type !== "person" || !it.key.includes(" ")) continue;
    fullName.set(it.key, it.i);
    const k = `${group.get(it.doc)}|${it.key.split(" ").at(-1)}`;
    bySurname.set(k, (bySurname.get(k) ?? new Set()).add(c.find(it.i)));
  }
  for (const it of items) {
    if (it.m.type === "person" || (it.m.type === "group" && countryOfDemonym(it.m.text.split(/\s+/)[0]))) continue;
    const v = votes.get(keyOf(it))!;
    const full = fullName.get(keyOf(it));
    if (full !== undefined && v.person >= v.other) {
      c.union(full, it.i, "tagged a person elsewhere");
      continue;
    }
    if (it.key.includes(" ") || countryCode(it.m.text)) continue;
    const persons = bySurname.get(`${group.get(it.doc)}|${it.key}`);
    if (persons?.size === 1 && v.person >= v.other) c.union([...persons][0], it.i, "tagged a person elsewhere");
  }
};

/**
 * "Fred LaRue" and "Frederick Cheney LaRue", "Lo Presti" and "Gaetano Lo Presti" in related reports: a shorter
 * form of exactly one longer person name joins it; a lone first name ("Lindsay") joins the only person of the
 * related reports whose name starts with it.
 */
const shorterName: Rule = (items, c) => {
  const group = relatedReports(items, c);
  const persons = new Map<string, Map<string, number>>(); // group → key → an item
  for (const it of items) {
    if (it.m.type !== "person" || !it.key.includes(" ")) continue;
    const g = group.get(it.doc)!;
    const m = persons.get(g) ?? new Map<string, number>();
    m.set(it.key, it.i);
    persons.set(g, m);
  }
  for (const it of items) {
    if (it.m.type !== "person") continue;
    const names = persons.get(group.get(it.doc)!);
    if (!names) continue;
    const single = !it.key.includes(" ");
    const targets = new Set<number>();
    for (const [key, i] of names) {
      const fits = single ? key.split(" ")[0] === it.key && key.split(" ").at(-1) !== it.key : isShorterFormOfName(it.key, key);
      if (fits) targets.add(c.find(i));
    }
    if (single && [...names.keys()].some((k) => transliterationKey(k.split(" ").at(-1)!) === transliterationKey(it.key))) continue;
    if (targets.size === 1) c.union([...targets][0], it.i, single ? "first name of a named person" : "shorter form of a name");
  }
};

/**
 * "Betty Ford" and "Betty Ford Center", "Morningside" and "Morningside Recovery": an organisation or place name
 * that begins exactly one longer such name of the related reports joins it. A known city or country never joins
 * a longer name that is not a place ("New York" is not "New York Times").
 */
const shortPlaceName: Rule = (items, c) => {
  const group = relatedReports(items, c);
  const longer = new Map<string, Map<string, Item>>();
  for (const it of items) {
    if (family(it.m.type) !== "named") continue;
    const g = group.get(it.doc)!;
    const m = longer.get(g) ?? new Map<string, Item>();
    m.set(it.key, it);
    longer.set(g, m);
  }
  for (const it of items) {
    if (family(it.m.type) !== "named" || countryCode(it.m.text)) continue;
    const place = geocode(it.m.text);
    const targets = new Map<number, Item>();
    for (const [key, other] of longer.get(group.get(it.doc)!) ?? []) {
      if (!key.startsWith(it.key + " ")) continue;
      if (place && other.m.type !== "location") continue;
      targets.set(c.find(other.i), other);
    }
    if (targets.size === 1) c.union([...targets.values()][0].i, it.i, "short form of a name");
  }
};

/**
 * A country and its government, where the text says so: "the Russian government", "the government of Russia",
 * "Russia's government", and a capital that speaks or acts for its country ("Moscow said", "Kyiv has accused")
 * join the country's entity. A capital named as a place ("shelling in Kyiv") stays the city.
 */
const countryGovernment: Rule = (items, c) => {
  const country = new Map<string, number>();
  for (const it of items) {
    if (it.governs || it.m.kind) continue;
    const cc = countryCode(it.m.text);
    if (cc && it.m.type === "location" && !country.has(cc)) country.set(cc, it.i);
  }
  const places = new Map<string, number>();
  for (const it of items) if (!it.governs && !it.m.kind && it.m.type === "location") places.set(it.key, it.i);
  for (const it of items) {
    if (!it.governs) continue;
    const target = country.get(it.governs);
    if (target !== undefined) c.union(target, it.i, GOVERNMENT_REASON);
    // Without the country in the reports, "Moscow said" stays with the city of its name.
    else if (!it.m.kind && places.has(normalizeName(it.m.text))) c.union(places.get(normalizeName(it.m.text))!, it.i, "same name");
  }
};

export const GOVERNMENT_REASON = "a country's government, as the text calls it, stands for the country";

/** Verbs after a capital that make it its government: "Moscow said", "Beijing warned", "Kyiv has accused". */
const GOVERNMENT_VERBS = /^\s+(?:(?:has|had|have|would|will|also|again|later|then)\s+)?(?:said|says|say|denied|denies|deny|accused|accuses|warned|warns|insisted|insists|demanded|demands|announced|announces|rejected|rejects|claimed|claims|responded|responds|condemned|condemns|threatened|threatens|agreed|agrees|refused|refuses|urged|urges|called|calls|vowed|vows|protested|protests|retaliated|sanctioned|expelled|recalled|summoned|blamed|blames)\b/;

/** The country a mention governs, when the text makes it a government (see countryGovernment). */
function governedCountry(m: EntityMention, text: string): string | undefined {
  if (m.kind === "description" && (m.head === "government" || m.head === "regime")) {
    const before = text.slice(Math.max(0, m.start - 40), m.start + (m.text.length - m.head.length)).match(/(\p{Lu}[\p{L}-]+)(['’]s)?\s+(?:\p{Ll}+\s+)?$/u);
    if (before) {
      const cc = before[2] ? countryCode(before[1]) : (countryOfDemonym(before[1]) ?? countryCode(before[1]));
      if (cc) return cc;
    }
    const after = text.slice(m.end, m.end + 40).match(/^\s+(?:of|in)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u);
    if (after) return countryCode(after[1]) ?? capitalOf(after[1]);
    return undefined;
  }
  if (m.type !== "location" || m.kind || !GOVERNMENT_VERBS.test(text.slice(m.end, m.end + 40))) return undefined;
  return capitalOf(m.text);
}

/** The country whose capital a name is: "Moscow" → RU. */
function capitalOf(name: string): string | undefined {
  const g = geocode(name);
  if (!g?.geonameId || g.kind !== "city" || !g.country) return undefined;
  return countries().byIso.get(g.country)?.capitalGeonameId === g.geonameId ? g.country : undefined;
}

/** The rules, in order; a new rule is appended here. */
export const RESOLUTION_RULES: Rule[] = [sameName, transliteration, typo, surname, acronym, samePlace, mistypedPerson, shorterName, shortPlaceName, countryGovernment, refersBack];

/** The reason an entity known only by descriptions carries, so a reader can tell it from a named one. */
export const UNNAMED_REASON = "described, never named";

export function resolveEntities(docs: AnalysedDocument[]): ResolvedEntities {
  const items: Item[] = docs
    .flatMap((a) => a.mentions.map((m): Omit<Item, "i"> & { i: number } => {
      const governs = governedCountry(m, a.doc.text);
      // A capital speaking for its country is not the city: its key keeps it out of the city's entity.
      const key = governs && !m.kind ? `government of ${governs}` : m.type === "person" && !m.kind ? personNameKey(m.text) : normalizeName(m.text);
      return { i: 0, doc: a.doc.id, m, key, ...(governs ? { governs } : {}) };
    }))
    .filter((it) => it.key)
    .map((it, i) => ({ ...it, i }));
  const clusters = new Clusters(items.length);
  textOf.set(clusters, new Map(docs.map((a) => [a.doc.id, a.doc.text])));
  // Name rules see names only: "he" in one report is not "he" in another, nor is "the woman".
  const named = items.filter((it) => !it.m.refersTo && !it.m.kind && !it.governs);
  for (const rule of RESOLUTION_RULES) rule(rule === refersBack || rule === countryGovernment ? items : named, clusters);
  for (const rule of DESCRIPTION_RULES) rule(items, clusters);
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
  const names = all.filter((it) => !it.m.refersTo && !it.m.kind);
  const described = all.filter((it) => it.m.kind === "description");
  const unnamed = !names.length;
  const members = names.length ? names : described.length ? described : all;
  const type = majorityType(members);
  const name = canonicalName(members, type);
  const id = uniqueId(`${type}:${slug(name)}`, usedIds);
  const mentions: Span[] = all.map((it) => ({ doc: it.doc, start: it.m.start, end: it.m.end }));
  const aliases = [...new Set(members.map((it) => it.m.text))];
  const description = bestDescription(members);
  const entity: Entity = { id, name, type, aliases, mentions, reasons: unnamed ? [...reasons, UNNAMED_REASON] : reasons, ...(description ? { description } : {}), ...(unnamed ? { unnamed: true } : {}) };
  if (type === "location" && !unnamed) {
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
