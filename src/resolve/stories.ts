/**
 * Stories: reports about the same developing situation, grouped.
 *
 * Reports about one real-world event share its rare names and words; reports about two events of the same kind
 * (two earthquakes, two celebrity arrests years apart) share the vocabulary of the kind but not the people,
 * places, numbers and years. So two reports are scored by a logistic model over TF-IDF cosines of several kinds of
 * evidence (content words, capitalised names, resolved entities, people, numbers, years), plus whether they share
 * their leading person (the one a report names most), leave the other's leading person out, or end on the same
 * latest year. Its weights were fitted on the ECB+ training topics (pairs within a topic and across pooled
 * topics; the dev topics held out). Reports with trustworthy publication dates (metadata or the user's) further
 * apart than a few weeks are never one story. Clustering is average-link over the pair probabilities, in two
 * steps: confident cores first, then small leftover groups join the larger story they are most like.
 */
import type { AnalysedDocument, Entity, Story } from "../types.js";

/** Probability (on average between two groups) above which reports form a story core. */
export const STORY_THRESHOLD = 0.5;
/** A group of at most SMALL_STORY reports joins the larger story it is most like when this probable on average. */
const ATTACH_THRESHOLD = 0.2;
const SMALL_STORY = 4;
/** Reports published further apart than this (by trustworthy dates) are different stories, however alike. */
const MAX_DAYS_APART = 45;

/** Logistic weights of the pair features (fitted on ECB+ training topics, see the file comment). */
const WEIGHT = {
  words: 7.92,
  capitalised: 8.75,
  entities: 3.99,
  people: 1.55,
  numbers: 4.22,
  years: 1.04,
  sameLeadingPerson: 0.58,
  leadingPersonAbsent: -0.73, // counted once for each report whose leading person the other does not name
  sameLatestYear: 1.8,
  bias: -3.16,
};

const STOP = new Set(
  ("a an the and or but of to in on at by for with from as is was were are be been being has have had it its this that these those " +
    "he she they we i you his her their our my your who whom which what when where why how not no yes said says say told also would " +
    "could should will can may might must than then there here after before over under about into out up down more most some any all " +
    "one two three new year years day days time week weeks monday tuesday wednesday thursday friday saturday sunday").split(" "),
);

type Vector = Map<string, number>;
type Family = "words" | "capitalised" | "entities" | "people" | "numbers" | "years";
const FAMILIES: Family[] = ["words", "capitalised", "entities", "people", "numbers", "years"];

/** What one report says that tells its story apart. */
interface Profile {
  counts: Record<Family, Vector>;
  /** The person the report names most (at least twice, more than anyone else). */
  leadingPerson?: string;
  people: Set<string>;
  /** The latest year the report writes out ("in 2009"), a rough stand-in for when it was written. */
  latestYear?: number;
  /** Publication day, only when it comes from metadata or the user (a date read from the text can be a guess). */
  trustedDay?: number;
}

export function groupStories(docs: AnalysedDocument[], entities: Entity[], threshold = STORY_THRESHOLD): Story[] {
  if (!docs.length) return [];
  const byDoc = entityCounts(entities);
  const profiles = docs.map((a) => profile(a, byDoc.get(a.doc.id) ?? new Map(), entities));
  const probability = pairProbabilities(profiles);
  const cores = averageLink(probability, docs.length, threshold);
  const clusters = attachSmallGroups(cores, probability, docs.length);
  return clusters.map((members, i) => ({
    id: `s${i + 1}`,
    title: storyTitle(members.map((k) => docs[k]), entities),
    documents: members.map((k) => docs[k].doc.id),
    events: [],
  }));
}

/** For each document, how often it names each entity (by entity index). One pass over all mentions. */
function entityCounts(entities: Entity[]): Map<string, Map<number, number>> {
  const byDoc = new Map<string, Map<number, number>>();
  entities.forEach((e, k) => {
    for (const m of e.mentions) {
      let counts = byDoc.get(m.doc);
      if (!counts) byDoc.set(m.doc, (counts = new Map()));
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  });
  return byDoc;
}

const YEAR = /^(1[89]|20)\d\d$/;

function profile(a: AnalysedDocument, named: Map<number, number>, entities: Entity[]): Profile {
  const counts = Object.fromEntries(FAMILIES.map((f) => [f, new Map<string, number>()])) as Record<Family, Vector>;
  const add = (f: Family, k: string, w = 1) => counts[f].set(k, (counts[f].get(k) ?? 0) + w);
  const people = new Set<string>();
  let lead: { id: string; n: number } | undefined;
  let runnerUp = 0;
  for (const [k, n] of named) {
    const e = entities[k];
    // Three mentions say as much as thirty: a long report should not drown a short one's few names.
    add("entities", e.id, Math.min(n, 3));
    if (e.type !== "person") continue;
    add("people", e.id, Math.min(n, 3));
    people.add(e.id);
    if (!lead || n > lead.n) [runnerUp, lead] = [lead?.n ?? 0, { id: e.id, n }];
    else runnerUp = Math.max(runnerUp, n);
  }
  const text = a.doc.text;
  for (const w of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!STOP.has(w)) add("words", stem(w));
  for (const y of text.match(/\b\d{4}\b/g) ?? []) if (YEAR.test(y)) add("years", y);
  // Figures (magnitudes, tolls, ages) other than years; single digits say nothing.
  for (const x of text.match(/\b\d+(?:[.,]\d+)*\b/g) ?? []) if (x.length > 1 && !YEAR.test(x)) add("numbers", x);
  // Capitalised words inside sentences catch names the tagger missed.
  for (const t of a.tokens) if (/^\p{Lu}\p{Ll}/u.test(t.text) && t.start > (a.sentences[t.sentence]?.start ?? 0)) add("capitalised", t.text.toLowerCase());
  const years = [...counts.years.keys()].map(Number);
  const trusted = a.doc.published && (a.doc.publishedFrom === "metadata" || a.doc.publishedFrom === "user") ? Date.parse(a.doc.published.slice(0, 10)) : NaN;
  return {
    counts,
    ...(lead && lead.n >= 2 && lead.n > runnerUp ? { leadingPerson: lead.id } : {}),
    people,
    ...(years.length ? { latestYear: Math.max(...years) } : {}),
    ...(Number.isFinite(trusted) ? { trustedDay: trusted / 864e5 } : {}),
  };
}

const stem = (w: string): string => w.replace(/(ing|ed|es|s)$/, "") || w;

/** TF-IDF weights over this batch of reports, L2-normalised. */
function weigh(raw: Vector[]): Vector[] {
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length;
  return raw.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, tf] of f) {
      const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

/** Adds `weight` times the cosine of every pair of (normalised) vectors into `score`, through an inverted index. */
function addCosines(score: Float64Array, vectors: Vector[], weight: number): void {
  const n = vectors.length;
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [k, w] of v) {
      const list = postings.get(k);
      if (list) list.push([i, w]);
      else postings.set(k, [[i, w]]);
    }
  });
  for (const list of postings.values())
    for (let x = 0; x < list.length; x++) {
      const [i, wi] = list[x];
      for (let y = x + 1; y < list.length; y++) {
        const [j, wj] = list[y];
        score[i * n + j] += weight * wi * wj;
      }
    }
}

/**
 * The probability that each pair of reports tells one story, as a dense symmetric matrix; -1 marks pairs whose
 * trustworthy publication dates rule it out.
 */
function pairProbabilities(profiles: Profile[]): Float64Array {
  const n = profiles.length;
  const score = new Float64Array(n * n);
  for (const f of FAMILIES) addCosines(score, weigh(profiles.map((p) => p.counts[f])), WEIGHT[f]);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [profiles[i], profiles[j]];
      let s = score[i * n + j] + WEIGHT.bias;
      if (a.leadingPerson && a.leadingPerson === b.leadingPerson) s += WEIGHT.sameLeadingPerson;
      if (a.leadingPerson && !b.people.has(a.leadingPerson)) s += WEIGHT.leadingPersonAbsent;
      if (b.leadingPerson && !a.people.has(b.leadingPerson)) s += WEIGHT.leadingPersonAbsent;
      if (a.latestYear !== undefined && a.latestYear === b.latestYear) s += WEIGHT.sameLatestYear;
      const apart = a.trustedDay !== undefined && b.trustedDay !== undefined && Math.abs(a.trustedDay - b.trustedDay) > MAX_DAYS_APART;
      score[i * n + j] = score[j * n + i] = apart ? -1 : 1 / (1 + Math.exp(-s));
    }
  return score;
}

/**
 * Average-link agglomeration over a dense similarity matrix (copied, not changed), updated by the Lance–Williams
 * formula, with each row's best neighbour cached so a merge costs O(n) on average instead of rescanning every pair.
 * A similarity of -1 marks reports that can never share a story; it survives merges.
 */
function averageLink(similarity: Float64Array, n: number, threshold: number): number[][] {
  const sim = Float64Array.from(similarity);
  const members: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  const best = new Int32Array(n).fill(-1);
  const bestOf = (i: number) => {
    let b = -1;
    for (let k = 0; k < n; k++) if (k !== i && members[k] && (b < 0 || sim[i * n + k] > sim[i * n + b])) b = k;
    best[i] = b;
  };
  for (let i = 0; i < n; i++) bestOf(i);
  for (;;) {
    let a = -1;
    for (let i = 0; i < n; i++) if (members[i] && best[i] >= 0 && (a < 0 || sim[i * n + best[i]] > sim[a * n + best[a]])) a = i;
    if (a < 0 || sim[a * n + best[a]] < threshold) break;
    const b = best[a];
    const [na, nb] = [members[a]!.length, members[b]!.length];
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a || k === b) continue;
      const [sa, sb] = [sim[a * n + k], sim[b * n + k]];
      sim[a * n + k] = sim[k * n + a] = sa < 0 || sb < 0 ? -1 : (na * sa + nb * sb) / (na + nb);
    }
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = undefined;
    bestOf(a);
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a) continue;
      if (best[k] === a || best[k] === b) bestOf(k);
      else if (sim[k * n + a] > sim[k * n + best[k]]) best[k] = a;
    }
  }
  return members.filter((m): m is number[] => Boolean(m));
}

/**
 * A report or two whose words stray from the rest of their story (a short wire item, a follow-up that quotes new
 * people) misses the confident cores. Smallest first, each group of at most SMALL_STORY reports joins the larger
 * group it is most like on average, when that is likely enough and no trustworthy date rules it out.
 */
function attachSmallGroups(cores: number[][], probability: Float64Array, n: number): number[][] {
  const groups = cores.map((m) => [...m]);
  const groupOf = new Int32Array(n);
  groups.forEach((m, g) => m.forEach((i) => (groupOf[i] = g)));
  const order = groups.map((_, g) => g).sort((x, y) => groups[x].length - groups[y].length || groups[x][0] - groups[y][0]);
  for (const g of order) {
    const own = groups[g];
    if (!own.length || own.length > SMALL_STORY) continue;
    const sum = new Float64Array(groups.length);
    const ruledOut = new Uint8Array(groups.length);
    for (const i of own)
      for (let j = 0; j < n; j++) {
        const p = probability[i * n + j];
        if (p < 0) ruledOut[groupOf[j]] = 1;
        else sum[groupOf[j]] += p;
      }
    let target = -1, targetMean = ATTACH_THRESHOLD;
    groups.forEach((m, h) => {
      if (h === g || m.length <= own.length || ruledOut[h]) return;
      const mean = sum[h] / (m.length * own.length);
      if (mean >= targetMean) [target, targetMean] = [h, mean];
    });
    if (target < 0) continue;
    groups[target].push(...own);
    own.forEach((i) => (groupOf[i] = target));
    groups[g] = [];
  }
  return groups.filter((m) => m.length).map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
}

/** The earliest report's title, else the story's most mentioned names. */
function storyTitle(members: AnalysedDocument[], entities: Entity[]): string {
  const dated = [...members].sort((x, y) => (x.doc.published ?? "9999").localeCompare(y.doc.published ?? "9999"));
  // A headline (no sentence-final period) names a story better than a report's first sentence standing in for one.
  const titled = dated.find((a) => a.doc.title && !/[.!?]$/.test(a.doc.title.trim())) ?? dated.find((a) => a.doc.title);
  if (titled?.doc.title) return titled.doc.title;
  const ids = new Set(members.map((a) => a.doc.id));
  const top = entities
    .map((e) => ({ e, n: e.mentions.filter((m) => ids.has(m.doc)).length }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n)
    .slice(0, 3)
    .map((x) => x.e.name);
  return top.join(", ") || "Untitled story";
}
