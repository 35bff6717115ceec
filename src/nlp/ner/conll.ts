/** CoNLL-2003 reading and writing, and the tag-scheme conversions the tagger needs (IOB1 gold → IOB2 / BILOU). */

/** One line of a CoNLL file: its columns, or a sentence break, or a -DOCSTART- marker. */
export type ConllLine = { kind: "token"; cols: string[] } | { kind: "blank"; raw: string } | { kind: "docstart"; raw: string };

export interface ConllSentence {
  words: string[];
  /** Gold tags as given (last column), when the file has them. */
  tags: string[];
}

/** A document: the sentences between two -DOCSTART- lines. */
export type ConllDocument = ConllSentence[];

export function parseConllLines(input: string): ConllLine[] {
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.map((raw): ConllLine => {
    const trimmed = raw.trim();
    if (trimmed === "") return { kind: "blank", raw };
    const cols = trimmed.split(/\s+/);
    if (cols[0] === "-DOCSTART-") return { kind: "docstart", raw };
    return { kind: "token", cols };
  });
}

/** Documents of sentences; the tag column is the last one (the gold NER column of the 4-column files). */
export function readConllDocuments(input: string | ConllLine[], tagColumn = -1): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllSentence[] = [];
  let sent: ConllSentence = { words: [], tags: [] };
  const closeSentence = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], tags: [] };
  };
  const closeDocument = () => {
    closeSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of typeof input === "string" ? parseConllLines(input) : input) {
    if (line.kind === "blank") closeSentence();
    else if (line.kind === "docstart") closeDocument();
    else {
      sent.words.push(line.cols[0]);
      const col = tagColumn < 0 ? line.cols.length + tagColumn : tagColumn;
      sent.tags.push(line.cols.length > 1 ? (line.cols[col] ?? "O") : "O");
    }
  }
  closeDocument();
  return docs;
}

/** A labelled chunk: token range [start, end) and type. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** Chunks from IOB1 or IOB2 tags: a chunk starts at B-X, or at I-X after anything but X (as conlleval reads them). */
export function chunksFromIob(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type: string | null = null;
  const close = (i: number) => {
    if (type) out.push({ start, end: i, type });
    type = null;
  };
  tags.forEach((t, i) => {
    const dash = t.indexOf("-");
    if (t === "O" || dash < 0) return close(i);
    const bio = t.slice(0, dash);
    const ty = t.slice(dash + 1);
    if (bio === "B" || ty !== type) {
      close(i);
      start = i;
      type = ty;
    }
  });
  close(tags.length);
  return out;
}

/** Chunks from BILOU tags (U-X single, B-X … L-X multi); a broken sequence is read leniently like IOB2. */
export function chunksFromBilou(tags: string[]): Chunk[] {
  return chunksFromLabelIds(tags.map((_, i) => i), tags.map((t) => t[0]), tags.map((t) => (t.length > 2 ? t.slice(2) : null)));
}

/**
 * chunksFromBilou for labels given as numbers: `bio[id]` is a label's first letter (B, I, L, U or O) and `type[id]`
 * its entity type (null for O). Taggers decode label numbers: no label string is built or cut per token.
 */
export function chunksFromLabelIds(ids: ArrayLike<number>, bio: string[], type: (string | null)[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let open: string | null = null;
  for (let i = 0; i < ids.length; i++) {
    const b = bio[ids[i]];
    const ty = type[ids[i]];
    if (open && (b === "O" || b === "B" || b === "U" || ty !== open)) {
      out.push({ start, end: i, type: open });
      open = null;
    }
    if (b === "U") out.push({ start: i, end: i + 1, type: ty! });
    else if (b === "B" || ((b === "I" || b === "L") && !open)) {
      start = i;
      open = ty;
    }
    if (b === "L" && open) {
      out.push({ start, end: i + 1, type: open });
      open = null;
    }
  }
  if (open) out.push({ start, end: ids.length, type: open });
  return out;
}

export function chunksToIob2(chunks: Chunk[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const c of chunks) for (let i = c.start; i < c.end; i++) tags[i] = (i === c.start ? "B-" : "I-") + c.type;
  return tags;
}

export function chunksToBilou(chunks: Chunk[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const c of chunks) {
    if (c.end - c.start === 1) tags[c.start] = "U-" + c.type;
    else for (let i = c.start; i < c.end; i++) tags[i] = (i === c.start ? "B-" : i === c.end - 1 ? "L-" : "I-") + c.type;
  }
  return tags;
}

/**
 * Writes the input lines back with one predicted tag appended per token line; -DOCSTART- and blank lines are kept
 * as they were, so a conlleval-style scorer can read gold and prediction side by side.
 */
export function appendTagColumn(lines: ConllLine[], predicted: string[]): string {
  let k = 0;
  const out = lines.map((line) => {
    if (line.kind !== "token") return line.raw;
    return line.cols.join(" ") + " " + predicted[k++];
  });
  return out.join("\n") + "\n";
}
