/**
 * Institution names written in lower case, which a newswire-trained tagger misses: "the interior ministry",
 * "Russia's defence ministry", "the ministry of foreign affairs", "the Ukrainian security service". The words come
 * from data/lexicons/institutions.tsv: a head ("ministry", "court") with a domain before it or after "of".
 */
import type { LexiconMatch } from "./lexicon.js";

export interface Span {
  start: number;
  end: number;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const POSSESSIVE = /^['’]s?$/;

/** Heads that name an institution by themselves once a domain is given; "ministry" also stands with a possessor. */
const STANDALONE_WITH_OWNER = new Set(["ministry", "ministries"]);

export function institutionSpans(words: string[], matches: LexiconMatch[]): Span[] {
  const lower = words.map((w) => w.toLowerCase());
  const isHead = new Set<number>();
  const domainEnds = new Map<number, number>(); // start → longest end of a domain phrase
  const domainStarts = new Map<number, number>(); // end → earliest start of a domain phrase
  for (const m of matches) {
    if (m.entry.lexicon !== "institutions") continue;
    if (m.entry.type === "head" && m.end - m.start === 1) isHead.add(m.start);
    if (m.entry.type === "domain") {
      domainEnds.set(m.start, Math.max(domainEnds.get(m.start) ?? 0, m.end));
      domainStarts.set(m.end, Math.min(domainStarts.get(m.end) ?? Infinity, m.start));
    }
  }
  const demonymEnds = new Map<number, number>();
  for (const m of matches) if (m.entry.lexicon === "demonyms" && isCap(words[m.start])) demonymEnds.set(m.end, m.start);

  const spans: Span[] = [];
  for (const h of isHead) {
    // Domains before the head: "foreign affairs ministry", "defence ministry".
    let start = h;
    while (domainStarts.has(start)) start = domainStarts.get(start)!;
    // Domains after "of": "ministry of defence", "ministry of foreign affairs".
    let end = h + 1;
    if (lower[end] === "of" && domainEnds.has(end + 1)) {
      end = domainEnds.get(end + 1)!;
      while (lower[end] === "and" && domainEnds.has(end + 1)) end = domainEnds.get(end + 1)!;
    }
    const hasDomain = start < h || end > h + 1;
    // The owner: "Russia's", "Ukrainian", "Belarus'".
    let owner = start;
    if (owner >= 2 && POSSESSIVE.test(words[owner - 1]) && isCap(words[owner - 2])) owner -= 2;
    else if (demonymEnds.has(owner)) owner = demonymEnds.get(owner)!;
    const hasOwner = owner < start;
    if (!hasDomain && !(hasOwner && STANDALONE_WITH_OWNER.has(lower[h]))) continue;
    // Capitalised names ("the Defence Ministry") the tagger reads itself; this rule is for the lower-case ones.
    if (isCap(words[h]) && !hasOwner) continue;
    spans.push({ start: owner, end });
  }
  return spans;
}
