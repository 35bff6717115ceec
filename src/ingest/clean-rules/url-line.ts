/**
 * A line that is only a web address: pasted reports often begin with the page's URL, and feeds or notes end with a
 * "Source: https://…" line. It is not article text (and its digits are not figures: "article-2291941"); the address
 * itself becomes the report's `url`, and may name the outlet and the date (see ingest/url.ts).
 */
import type { LineRule } from "./types.js";

/** "https://www.bbc.co.uk/news/world-60542217", "www.reuters.com/world/…", "Source: https://…". */
export const URL_LINE = /^(?:(?:source|link|url|read more|via|from)\s*:\s*)?<?((?:https?:\/\/|www\.)[^\s<>"]+)>?$/i;

export const urlLine: LineRule = {
  name: "url-line",
  kind: "line",
  // only at the edges of the paste: a list of links inside the body is the article's own text
  test: (line, ctx) => (line.index <= 1 || line.index >= ctx.lines.length - 3) && URL_LINE.test(line.text),
};
