/** Direct quotations in a text, in every quote style news uses: “ ” ‘ ’ " " ' ' « » „ “ ‹ ›. */
export interface Quote {
  start: number; // offset of the opening mark
  end: number; // offset just after the closing mark (or the end of the paragraph when a quote runs on unclosed)
  closed: boolean;
}

const OPEN_CLOSE: Record<string, string> = { "“": "”", "‘": "’", "«": "»", "„": "“", "‹": "›", '"': '"', "'": "'" };

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s(\[—–-]/.test(c);

/** Whether the mark at i can open a quote: typographic openers always; straight and single marks only at a word start. */
function opensAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === "“" || c === "«" || c === "„" || c === "‹") return true;
  if (c === "‘" || c === "'") return isSpaceOrStart(text[i - 1]) && !/\s/.test(text[i + 1] ?? " ");
  if (c === '"') return !/\s/.test(text[i + 1] ?? " ") || isSpaceOrStart(text[i - 1]);
  return false;
}

/** Whether the mark at i closes a quote opened with `open`: a single mark inside a word is an apostrophe ("Trump’s"). */
function closesAt(text: string, i: number, open: string): boolean {
  const c = text[i];
  if (c !== OPEN_CLOSE[open]) return false;
  if (c === "’" || c === "'") return !isLetter(text[i + 1]) && !/\s/.test(text[i - 1] ?? " ");
  if (c === "“" && open === "„") return true;
  return true;
}

/** Top-level quotations; a quote nested in another belongs to it. A quote never crosses a paragraph break: one left
 * open at the end of a paragraph runs to that end, as news does with quotes that go on over several paragraphs. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let open: { mark: string; start: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      if (open) out.push({ start: open.start, end: trimEnd(text, i), closed: false });
      open = undefined;
      continue;
    }
    // two single marks stand for a double one in some wire copy: ''like this''
    if (text.startsWith("''", i)) {
      if (open?.mark === "''") {
        out.push({ start: open.start, end: i + 2, closed: true });
        open = undefined;
      } else if (!open && isSpaceOrStart(text[i - 1])) open = { mark: "''", start: i };
      i++;
      continue;
    }
    if (open) {
      if (open.mark !== "''" && closesAt(text, i, open.mark)) {
        out.push({ start: open.start, end: i + 1, closed: true });
        open = undefined;
      }
      continue;
    }
    if (c in OPEN_CLOSE && opensAt(text, i)) {
      if (c === '"' && !/\S/.test(text[i + 1] ?? "")) continue;
      open = { mark: c, start: i };
    }
  }
  if (open) out.push({ start: open.start, end: trimEnd(text, text.length), closed: false });
  // single-mark quotes that never closed are apostrophes or scare marks, not quotations
  return out.filter((q) => q.closed || !["‘", "'"].includes(text[q.start]) || text.startsWith("''", q.start)).filter((q) => q.end - q.start > 2);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The quote that holds offset p, if any. */
export function quoteAt(quotes: Quote[], p: number): Quote | undefined {
  return quotes.find((q) => q.start <= p && p < q.end);
}
