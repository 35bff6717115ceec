/**
 * Figures in news: "more than 4,300 Russian troops have been killed, hundreds more injured" gives two figures,
 * each with its bounds, what it counts, whom it counts, who gives it, as of when, and whether it is confirmed.
 */
import type { AnalysedDocument, TimeMention, TimeValue } from "../../types.js";
import { sentenceViews, type Range, type SentenceView } from "../context.js";
import {
  CLAIM_CUES, CONFIRMED, FIGURE_HEDGES, KIND_WORDS, MULTIPLIERS, NUMBER_WORDS, OF_STOP, PEOPLE_NOUNS, UNCONFIRMED,
  VAGUE_AMOUNTS, type QuantityKind,
} from "./lexicon.js";

export interface QuantityMention {
  kind: QuantityKind;
  text: string;
  span: Range;
  low?: number;
  best?: number;
  high?: number;
  of?: string;
  claimant?: Range;
  asOf?: TimeValue;
  confirmed: boolean;
}

/** A figure found in a sentence, before its kind and context are read: token range and value. */
interface Figure {
  first: number; // first token, hedge included
  numFirst: number; // first token of the number itself
  last: number; // last token of the number
  low?: number;
  best?: number;
  high?: number;
}

export function extractQuantities(a: AnalysedDocument): QuantityMention[] {
  return sentenceViews(a).flatMap((v) => quantitiesOfSentence(a, v));
}

/** The figures of one sentence. */
export function quantitiesOfSentence(a: AnalysedDocument, v: SentenceView): QuantityMention[] {
  const text = a.doc.text;
  const inTimes = a.times.filter((t) => t.span.start < v.end && t.span.end > v.start);
  const lowerSentence = text.slice(v.start, v.end).toLowerCase();
  const confirmed = !UNCONFIRMED.test(lowerSentence) && CONFIRMED.test(lowerSentence);
  const claimant = claimantOf(v);
  const asOf = asOfTime(v, inTimes);
  const out: QuantityMention[] = [];
  let previousOf: string | undefined;
  for (const f of figuresOf(v, inTimes)) {
    const kind = kindOf(v, f);
    let of = whomOf(text, v, f);
    if (!kind && !(of && isPeople(of))) continue;
    if (!of && /^more$/.test(v.words[f.last + 1] ?? "")) of = previousOf; // "hundreds more injured"
    if (of) previousOf = of;
    const span = { start: v.tokens[f.first].start, end: v.tokens[f.last].end };
    out.push({
      kind: kind ?? "other",
      text: text.slice(span.start, span.end),
      span,
      ...(f.low !== undefined ? { low: f.low } : {}),
      ...(f.best !== undefined ? { best: f.best } : {}),
      ...(f.high !== undefined ? { high: f.high } : {}),
      ...(of ? { of } : {}),
      ...(claimant ? { claimant } : {}),
      ...(asOf ? { asOf } : {}),
      confirmed,
    });
  }
  return out;
}

const isPeople = (phrase: string) => phrase.toLowerCase().split(/\s+/).some((w) => PEOPLE_NOUNS.has(w));

function matchesAt(words: string[], at: number, seq: string[]): boolean {
  return seq.every((w, k) => words[at + k] === w);
}

/** Numbers and vague amounts, with the hedge before them; numbers inside time expressions are not figures. */
function figuresOf(v: SentenceView, times: TimeMention[]): Figure[] {
  const out: Figure[] = [];
  const inTime = (i: number) => times.some((t) => v.tokens[i].start >= t.span.start && v.tokens[i].end <= t.span.end);
  for (let i = 0; i < v.words.length; i++) {
    if (inTime(i)) continue;
    const n = numberAt(v.words, i);
    if (!n) continue;
    if (isNotAFigure(v.words, i, n.last)) {
      i = n.last;
      continue;
    }
    const f: Figure = { first: i, numFirst: i, last: n.last };
    const hedge = hedgeBefore(v.words, i);
    if (hedge) f.first = hedge.first;
    if (n.vague !== undefined) f.low = Math.max(n.vague, 0);
    else if (hedge?.bound === "low") f.low = n.value;
    else if (hedge?.bound === "high") f.high = n.value;
    else f.best = n.value;
    // "between 10 and 20", "10 to 20"
    const range = rangeEnd(v.words, n.last);
    if (range && n.vague === undefined) {
      f.low = n.value;
      delete f.best;
      f.high = range.value;
      f.last = range.last;
      if (v.words[f.first - 1] === "between") f.first--;
    }
    out.push(f);
    i = f.last;
  }
  return out;
}

/** Words that can open a number, for a quick first test (most words of a report cannot). */
const NUMBER_OPENERS = new Set([...VAGUE_AMOUNTS.map((v) => v.words[0]), ...Object.keys(NUMBER_WORDS), "a", "one"]);

/** A number at token i: digits ("4,300", "1.5 million"), number words ("twenty-five"), or a vague amount. */
function numberAt(words: string[], i: number): { value: number; last: number; vague?: number } | undefined {
  const first = words[i];
  if (first === undefined) return undefined;
  const c = first.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !NUMBER_OPENERS.has(first) && !(first.includes("-") && NUMBER_OPENERS.has(first.split("-")[0]))) return undefined;
  for (const v of VAGUE_AMOUNTS) if (matchesAt(words, i, v.words)) return { value: v.low, last: i + v.words.length - 1, vague: v.low };
  const w = words[i];
  let value: number | undefined;
  if (/^\d{1,3}(,\d{3})+$/.test(w) || /^\d+(\.\d+)?$/.test(w)) value = Number(w.replace(/,/g, ""));
  else if (/^[a-z]+(-[a-z]+)?$/.test(w)) {
    const parts = w.split("-");
    if (parts.every((p) => NUMBER_WORDS[p] !== undefined) && !(w === "dozen" || w === "hundred" || w === "thousand")) value = parts.reduce((s, p) => s + NUMBER_WORDS[p], 0);
    if ((w === "a" || w === "one") && (words[i + 1] === "hundred" || words[i + 1] === "thousand")) value = 1;
  }
  if (value === undefined) return undefined;
  let last = i;
  const mult = MULTIPLIERS[words[i + 1] ?? ""];
  if (mult) {
    value *= mult;
    last = i + 1;
  }
  return { value, last };
}

/** Years, clock times, money, percentages, ordinals and ages are not counts of people. */
function isNotAFigure(words: string[], first: number, last: number): boolean {
  const w = words[first];
  const next = words[last + 1] ?? "";
  const prev = words[first - 1] ?? "";
  if (/^\d{4}$/.test(w) && Number(w) >= 1800 && Number(w) <= 2100) return true;
  if (/^(%|percent|per|pm|am|p\.m\.|a\.m\.|gmt|utc|km|kilometres|kilometers|miles|mph|metres|meters|feet|years?|months?|weeks?|days?|hours?|minutes?|seconds?|year-old|-year-old|o'clock|points?|dollars?|euros?|pounds?|times|magnitude)$/.test(next)) return true;
  // "15-year-old", "a 3-day-long siege": the tokenizer leaves the hyphen as its own token
  if (/^[-‐–]$/.test(next) && /^(years?|months?|weeks?|days?|hours?|minutes?)(-old|-long)?$|^year-old$/.test(words[last + 2] ?? "")) return true;
  if (/^(\$|€|£|us\$|no\.|number|page|article|resolution|flight|route|chapter|section)$/.test(prev)) return true;
  if (w === "one" && !/^(of|person|man|woman|child|soldier|civilian|killed|dead|died|injured|wounded)$/.test(next)) return true;
  return false;
}

function hedgeBefore(words: string[], i: number): { first: number; bound: "low" | "high" | "best" } | undefined {
  for (const h of FIGURE_HEDGES) {
    const at = i - h.words.length;
    if (at >= 0 && matchesAt(words, at, h.words)) return { first: at, bound: h.bound };
  }
  return undefined;
}

function rangeEnd(words: string[], last: number): { value: number; last: number } | undefined {
  const sep = words[last + 1];
  if (sep !== "and" && sep !== "to" && sep !== "-" && sep !== "–") return undefined;
  if (sep === "and" && words.slice(Math.max(0, last - 3), last).indexOf("between") < 0) return undefined;
  const n = numberAt(words, last + 2);
  return n && n.vague === undefined ? { value: n.value, last: n.last } : undefined;
}

/** What a figure counts: a kind word right before it ("killing 12", "death toll of 50"), else the first one after. */
function kindOf(v: SentenceView, f: Figure): QuantityKind | undefined {
  for (let k = f.first - 1; k >= Math.max(0, f.first - 4); k--) {
    const w = v.words[k];
    if (/^(killing|killed|wounding|injuring|toll|injured|wounded|captured|detained|arrested|displacing|kidnapped|abducted)$/.test(w)) return KIND_WORDS[w] ?? (w === "displacing" ? "displaced" : undefined);
    if (!/^(of|to|at|rose|risen|stood|stands|climbed|is|was|has|had|reached|the|death|least|more|than|some|about|nearly|over|around)$/.test(w)) break;
  }
  for (let k = f.last + 1; k < Math.min(v.words.length, f.last + 12); k++) {
    const w = v.words[k];
    if (w === ";" || (k > f.last + 1 && numberAt(v.words, k) && !isNotAFigure(v.words, k, k))) break;
    if (w === "taken" && /^(prisoner|captive|hostage)/.test(v.words[k + 1] ?? "")) return "captured";
    const kind = KIND_WORDS[w];
    if (kind) return kind;
    if (w === "lost" && v.words[k + 2] === "lives") return "killed";
    if (w === "," && k > f.last + 5) break;
  }
  return undefined;
}

/** Whom a figure counts: the noun phrase after it ("4,300 Russian troops", "dozens of people"). */
function whomOf(text: string, v: SentenceView, f: Figure): string | undefined {
  let k = f.last + 1;
  if (v.words[k] === "of") k++;
  if (v.words[k] === "the") k++;
  const first = k;
  while (k < v.words.length && k < first + 5 && !OF_STOP.has(v.words[k]) && !KIND_WORDS[v.words[k]] && /^[\p{L}'-]+$/u.test(v.tokens[k].text)) k++;
  if (k === first) return undefined;
  return text.slice(v.tokens[first].start, v.tokens[k - 1].end);
}

/** Who gives the sentence's figures: "according to X", "X estimated/said…", "…, X said". */
function claimantOf(v: SentenceView): Range | undefined {
  const { words, mentionAt } = v;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "according" && words[i + 1] === "to") return mentionFrom(v, i + 2, 1);
  }
  for (let i = 0; i < words.length; i++) {
    if (!CLAIM_CUES.has(words[i])) continue;
    if (/^(be|been|being|was|were|is|are)$/.test(words[i - 1] ?? "")) continue; // "is reported as": no speaker
    // "X said", "X have estimated": the nearest mention before the cue in its clause
    const before = mentionFrom(v, i - 1, -1);
    if (before) return before;
    const after = mentionFrom(v, i + 1, 1);
    if (after) return after;
  }
  void mentionAt;
  return undefined;
}

/** The first mention met walking from token i in direction dir, within six tokens and before punctuation. */
function mentionFrom(v: SentenceView, i: number, dir: 1 | -1): Range | undefined {
  for (let k = i, n = 0; k >= 0 && k < v.words.length && n < 8; k += dir, n++) {
    const m = v.mentionAt[k];
    if (m && m.type !== "weapon") return { start: m.start, end: m.end };
    if (/^[,;:.]$/.test(v.words[k]) || /^(that|and)$/.test(v.words[k])) return undefined;
  }
  return undefined;
}

/** "as of today, February 27": the time expression right after "as of". */
function asOfTime(v: SentenceView, times: TimeMention[]): TimeValue | undefined {
  for (let i = 0; i + 2 < v.words.length; i++) {
    if (v.words[i] !== "as" || v.words[i + 1] !== "of") continue;
    const at = v.tokens[i + 2].start;
    const t = times.find((x) => x.span.start >= at && x.span.start <= at + 2);
    if (t) return t.value;
  }
  return undefined;
}
