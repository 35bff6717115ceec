/** Direct quotations in a text, in every quote style news uses: “ ” ‘ ’ " " ' ' '' '' « » „ “ ‹ ›. */
export interface Quote {
  start: number; // offset of the opening mark
  end: number; // offset just after the closing mark (or the end of the paragraph when a quote runs on unclosed)
  closed: boolean;
}

type Family = "double" | "single" | "guillemet" | "angle";

/** Marks of one family close each other whatever their shape, since copy often mixes them ("…“, “…"). */
function familyAt(text: string, i: number): { family: Family; length: number } | undefined {
  if (text.startsWith("''", i)) return { family: "double", length: 2 };
  const c = text[i];
  if (c === '"' || c === "“" || c === "”" || c === "„") return { family: "double", length: 1 };
  if (c === "'" || c === "‘" || c === "’") return { family: "single", length: 1 };
  if (c === "«" || c === "»") return { family: "guillemet", length: 1 };
  if (c === "‹" || c === "›") return { family: "angle", length: 1 };
  return undefined;
}

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPENING_CONTEXT = /[\s(\[{—–\-:;,]/;

/** A mark can open where a word starts: after a space, a bracket or a dash, before a non-space. */
function canOpen(text: string, i: number, length: number): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  if (isSpace(after)) return false;
  if (text[i] === "”" || text[i] === "»" || text[i] === "›") return false;
  return before === undefined || OPENING_CONTEXT.test(before) || (text[i] === "“" || text[i] === "«" || text[i] === "„" || text[i] === '"');
}

/** A mark can close where a word ends; a single mark between two letters is an apostrophe ("Trump’s"), never a close. */
function canClose(text: string, i: number, length: number, family: Family): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  if (isSpace(before) && family !== "double") return false;
  if (family === "single" && isLetter(after)) return false;
  if (text[i] === "«" || text[i] === "„") return false;
  return !isLetter(after) || family === "double";
}

/** Top-level quotations; marks nested inside a quote belong to it. A quote never crosses a paragraph break: one left
 * open at the end of a paragraph runs to that end, as news does with quotes that go on over several paragraphs. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let open: { family: Family; start: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n") {
      if (open) out.push({ start: open.start, end: trimEnd(text, i), closed: false });
      open = undefined;
      continue;
    }
    const mark = familyAt(text, i);
    if (!mark) continue;
    if (open) {
      if (mark.family === open.family && canClose(text, i, mark.length, mark.family)) {
        out.push({ start: open.start, end: i + mark.length, closed: true });
        open = undefined;
      }
    } else if (canOpen(text, i, mark.length)) {
      if (mark.family === "single" && isLetter(text[i - 1])) continue;
      open = { family: mark.family, start: i };
    }
    i += mark.length - 1;
  }
  if (open) out.push({ start: open.start, end: trimEnd(text, text.length), closed: false });
  // single marks that never closed are apostrophes or scare marks, not quotations
  return out.filter((q) => q.closed || familyAt(text, q.start)?.family !== "single").filter((q) => q.end - q.start > 2);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
