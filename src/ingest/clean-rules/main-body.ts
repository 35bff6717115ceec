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

/** Prose: long enough, and as dense in stopwords as running text (or, without a stopword list, punctuated like it). */
export function classify(line: Line): LineClass {
  const long = line.words >= 12 || line.text.length >= 90;
  const prosy = line.stopwordRatio === undefined ? HAS_CLAUSE_PUNCTUATION.test(line.text) : line.stopwordRatio >= 0.22;
  if (long && prosy) return "good";
  if (!line.endsSentence && line.words < 8) return "bad";
  if (line.stopwordRatio !== undefined && line.stopwordRatio < 0.1 && !line.endsSentence) return "bad";
  return "neutral";
}

/** What a line adds to a candidate body: prose counts by its length, furniture against it. */
export function weight(line: Line, cls: LineClass): number {
  if (cls === "good") return 1 + Math.min(line.words, 80) / 10;
  if (cls === "bad") return -1;
  return line.endsSentence ? 0.2 : -0.5;
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
    const range = bestSegment(kept.map((l, i) => weight(l, classes[i]!)));
    if (!range) return [];
    const [from, to] = range;
    const drop: number[] = [];
    kept.forEach((l, i) => {
      if (i < from || i > to) drop.push(l.index);
    });
    // Runs of furniture inside the body (a gallery's chrome, an embedded list of links).
    for (let i = from; i <= to; ) {
      if (classes[i] !== "bad") { i++; continue; }
      let j = i;
      while (j <= to && classes[j] === "bad") j++;
      if (j - i > MAX_INNER_BAD_RUN) for (let k = i; k < j; k++) drop.push(kept[k]!.index);
      i = j;
    }
    return drop;
  },
};
