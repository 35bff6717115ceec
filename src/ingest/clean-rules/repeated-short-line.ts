/**
 * Short lines that recur verbatim: menus printed twice, "Share" under every photo, section labels. An article
 * does not repeat a short phrase on a line of its own; a repeated long sentence (a standfirst echoed in the body)
 * is reporting and stays.
 */
import type { LineRule } from "./types.js";

/** Menu labels and headline links, which pages repeat; a sentence-length line is never taken for one. */
const MAX_WORDS = 16;

export const repeatedShortLine: LineRule = {
  name: "repeated-short-line",
  kind: "line",
  test: (line, ctx) => line.index !== ctx.headline && line.words <= MAX_WORDS && !line.endsSentence && (ctx.occurrences.get(line.text) ?? 0) >= 2,
};
