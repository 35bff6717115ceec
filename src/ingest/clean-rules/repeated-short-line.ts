/**
 * Short lines that recur verbatim: menus printed twice, "Share" under every photo, headline links listed in two
 * boxes. An article does not repeat a short phrase on a line of its own; a repeated sentence (a standfirst echoed
 * in the body) is reporting and stays. A headline-length line keeps its first appearance, which may be the
 * article's own sub-heading, and leaves it to the body rule.
 */
import type { LineRule } from "./types.js";

/** Labels this short go wherever they repeat. */
const MAX_LABEL_WORDS = 8;
/** Headline links up to this long go when they repeat, after their first appearance. */
const MAX_HEADLINE_WORDS = 16;

export const repeatedShortLine: LineRule = {
  name: "repeated-short-line",
  kind: "line",
  test: (line, ctx) => {
    if (line.index === ctx.headline || line.endsSentence || line.words > MAX_HEADLINE_WORDS || (ctx.occurrences.get(line.text) ?? 0) < 2) return false;
    return line.words <= MAX_LABEL_WORDS || ctx.lines.find((l) => l.text === line.text)!.index !== line.index;
  },
};
