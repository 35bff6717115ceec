/** Byline and author-box lines on their own: "By Sarah E. Needleman", "Tom Krisher, AP Auto Writer", "Opinion Columnist". */
import type { LineRule } from "./types.js";

const BY = /^([Bb]y|[Ww]ritten by|[Ww]ords by|[Rr]eported by|[Vv]on|[Pp]or|[Pp]ar|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}(\s*(,|and|&|\|)\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4})*\s*([,|]\s*[\p{L} .'’-]{0,40})?$/u;
const ROLE = /^(\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,\s*((senior|chief|staff|special|political|foreign|business|sports|news|tech|technology|auto|science|health|environment|legal|deputy|associate|contributing|managing|executive|\p{Lu}{2,5}) )*(reporter|writer|correspondent|editor|columnist|contributor|journalist)$/iu;
const AUTHOR_BOX = /^((opinion |guest |staff |contributing |senior )?(columnist|contributor|reporter|staff writer|correspondent|author)|about the author|more from this author|author|authors)$/i;

export const byline: LineRule = {
  name: "byline",
  kind: "line",
  test: (line) => line.words <= 14 && !line.endsSentence && (BY.test(line.text) || ROLE.test(line.text) || AUTHOR_BOX.test(line.text)),
};
