/**
 * The main body, found as jusText finds it but without the HTML: each line is classed by its statistics — good
 * (long, with the stopword density of running prose), bad (short and without sentence punctuation: menus, labels,
 * headline lists) or neutral — and the body is the stretch of lines where good text outweighs the rest (the
 * maximum-sum segment). Lines before and after it are page furniture. Inside it, only a run of bad lines longer
 * than a sub-heading is dropped, so the article's own short lines and sub-headings stay.
 */
import type { BlockRule, Context, Line } from "./types.js";

export type LineClass = "good" | "neutral" | "bad";

const HAS_CLAUSE_PUNCTUATION = /[.,;:!?\u3002\uff0c\u3001]/u;

/** A list item the text marks as one ("1. Finland", "- Added banners", "• moss"): content, not a menu. */
const LIST_ITEM = /^(\d{1,2}[.)]|[-*+\u2022\u00b7\u25aa\u2013])\s+\S/u;

const SENTENCE_BREAK = /[.!?\u3002][\u201d"\u2019')\]]*\s+["\u201c\u2018(]?\p{Lu}/gu;
const sentenceBreaks = (text: string): number => text.match(SENTENCE_BREAK)?.length ?? 0;

/** Prose: long enough, and as dense in stopwords as running text (or, without a stopword list, punctuated like it). */
export function classify(line: Line): LineClass {
  if (LIST_ITEM.test(line.text)) return "neutral";
  const long = line.words >= 12 || line.text.length >= 90;
  const prosy = line.stopwordRatio === undefined ? HAS_CLAUSE_PUNCTUATION.test(line.text) : line.stopwordRatio >= 0.22;
  // Article paragraphs end their sentences (or hold several); teasers under related headlines and truncated blurbs do not.
  if (long && prosy && (line.endsSentence || sentenceBreaks(line.text) >= 2)) return "good";
  if (!line.endsSentence && line.words < 8) return "bad";
  if (line.stopwordRatio !== undefined && line.stopwordRatio < 0.1 && !line.endsSentence) return "bad";
  return "neutral";
}


/**
 * What a line adds to a candidate body: prose counts by its length, a short sentence a little; furniture counts
 * against it, title-case labels (menus: "Real Estate", "Food & Drink") more than lower-case fragments, which are
 * more often the article's own lists.
 */
export function weight(line: Line, cls: LineClass): number {
  if (cls === "good") return 1 + Math.min(line.words, 80) / 10;
  if (LIST_ITEM.test(line.text)) return 0;
  if (cls === "bad") return line.titleCase || line.allCaps ? -1 : -0.5;
  if (line.endsSentence && line.words >= 2) return 0.5;
  // Long prose whose last sentence lost its stop (a caption's credit, an annotation) still reads as text.
  return line.words >= 25 && (line.stopwordRatio ?? 0.3) >= 0.22 ? 0.5 : -0.5;
}

/** The [start, end] indices (into `items`) of the stretch with the largest total weight, or undefined when none is positive. */
export function bestSegment(weights: number[]): [number, number] | undefined {
  let best = 0, bestRange: [number, number] | undefined;
  let sum = 0, start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) [sum, start] = [0, i];
    sum += weights[i]!;
    if (sum > best) [best, bestRange] = [sum, [start, i]];
  }
  return bestRange;
}

/** Rules whose removals mark the page's own furniture: prose beyond them is not more of the article. */
const PAGE_BREAKS = new Set(["navigation", "newsletter", "membership", "cookies", "share", "copyright", "read-more", "topics", "credits", "donation", "after-article-end"]);

/** A menu entry or section label: a few capitalised words with no sentence. */
const isMenuLike = (l: Line): boolean => !l.endsSentence && l.words <= 5 && (l.titleCase || l.allCaps);

/**
 * Whether the text outside the body is page furniture rather than more of the article (a list, a table, an
 * appendix the statistics misjudge): menus or labels stand in it, or page furniture the phrase rules already took
 * out (a time stamp or a photo credit proves nothing: articles have those too).
 */
function showsFurniture(region: Line[], removedThere: number): boolean {
  if (region.length === 0) return false;
  return removedThere >= 1 || region.filter(isMenuLike).length >= 2;
}

/** How many bad lines in a row inside the body still read as a sub-heading or a short label of the article. */
const MAX_INNER_BAD_RUN = 2;

export const mainBody: BlockRule = {
  name: "outside-main-body",
  kind: "block",
  select(ctx: Context): number[] {
    const kept = ctx.lines.filter((l) => ctx.kept[l.index] && l.index !== ctx.headline);
    const classes = kept.map(classify);
    // Text with no prose line at all (a short note, a list) has no body to find: leave it to the other rules.
    if (!classes.includes("good")) return [];
    const weights = kept.map((l, i) => weight(l, classes[i]!));
    const range = bestSegment(weights);
    if (!range) return [];
    let [from, to] = range;
    const prose = (a: number, b: number) => kept.slice(a, b + 1).reduce((sum, l, i) => sum + (classes[a + i] === "good" ? l.words : 0), 0);
    const broken = (a: number, b: number) => ctx.lines.some((l) => l.index > kept[a]!.index && l.index < kept[b]!.index && PAGE_BREAKS.has(ctx.removedBy[l.index] ?? ""));
    // The article may be cut in two by a table or a long list: a second stretch of prose as weighty as half the
    // body, with no page furniture between, is more of the article.
    const bodyProse = prose(from, to);
    for (let n = 0; n < 3; n++) {
      const seg = bestSegment(weights.slice(to + 1));
      if (!seg) break;
      const [a, b] = [to + 1 + seg[0], to + 1 + seg[1]];
      if (prose(a, b) * 2 < bodyProse || broken(to, a)) break;
      to = b;
    }
    for (let n = 0; n < 3; n++) {
      const seg = bestSegment(weights.slice(0, from));
      if (!seg) break;
      const [a, b] = seg;
      if (prose(a, b) * 2 < bodyProse || broken(b, from)) break;
      from = a;
    }
    const drop: number[] = [];
    const before = kept.slice(0, from), after = kept.slice(to + 1);
    const first = kept[from]!.index, last = kept[to]!.index;
    const pageBreaks = (l: Line) => PAGE_BREAKS.has(ctx.removedBy[l.index] ?? "");
    if (showsFurniture(before, ctx.lines.filter((l) => l.index < first && pageBreaks(l)).length))
      for (const l of before) drop.push(l.index);
    if (showsFurniture(after, ctx.lines.filter((l) => l.index > last && pageBreaks(l)).length))
      for (const l of after) drop.push(l.index);
    // Runs of furniture inside the body (a gallery's chrome, an embedded list of links).
    for (let i = from; i <= to; ) {
      if (classes[i] !== "bad") { i++; continue; }
      let j = i;
      while (j <= to && classes[j] === "bad") j++;
      const run = kept.slice(i, j);
      if (run.length > MAX_INNER_BAD_RUN && run.filter(isMenuLike).length * 2 >= run.length) for (let k = i; k < j; k++) drop.push(kept[k]!.index);
      i = j;
    }
    return drop;
  },
};
