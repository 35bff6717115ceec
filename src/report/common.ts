/** What the Markdown and HTML briefings share: citations of evidence sentences, names, document labels. */
import type { Claim, Document, Dossier, Span } from "../types.js";

export function entityName(d: Dossier, id: string): string {
  return d.entities.find((e) => e.id === id)?.name ?? id;
}

/**
 * Who made a claim, for the reader: the speaker's entity, else the words the report uses for the speaker ("the
 * police", "a witness"), which are still information, else "unattributed".
 */
export function speakerLabel(d: Dossier, c: Claim): { name: string; resolved: boolean } {
  if (c.speaker) return { name: entityName(d, c.speaker), resolved: true };
  const s = c.spans.speaker;
  const written = s ? d.documents.find((x) => x.id === s.doc)?.text.slice(s.start, s.end).trim() : undefined;
  return { name: written || "unattributed", resolved: false };
}

export function documentLabel(doc: Document): string {
  return [doc.outlet, doc.title ?? doc.source, doc.published?.slice(0, 10)].filter(Boolean).join(", ");
}

export function describeDocument(doc: Document, escape: (s: string) => string): string {
  const dated = doc.published ? `${doc.published.slice(0, 10)} (${doc.publishedFrom === "metadata" ? "from metadata" : doc.publishedFrom === "user" ? "given" : `from the ${doc.publishedFrom}`})` : "undated";
  const cleaned = doc.removed.length ? `; ${doc.removed.length} boilerplate block(s) removed` : "";
  const credits = doc.credits.length ? `; credits ${doc.credits.map(escape).join(", ")}` : "";
  return `**${escape(doc.title ?? doc.source)}** — ${escape(doc.outlet ?? "unknown outlet")}, ${dated}; ${escape(doc.source)}${cleaned}${credits}`;
}

/** Numbered citations: the same sentence cited twice keeps its number. */
export class Citations {
  private byKey = new Map<string, { n: number; span: Span; sentence: string; docLabel: string }>();
  constructor(private d: Dossier) {}

  number(span: Span): number {
    const key = `${span.doc}:${span.start}:${span.end}`;
    let c = this.byKey.get(key);
    if (!c) {
      const doc = this.d.documents.find((x) => x.id === span.doc);
      const sentence = doc ? doc.text.slice(span.start, span.end) : "";
      c = { n: this.byKey.size + 1, span, sentence: sentence.length > 400 ? sentence.slice(0, 400) + "…" : sentence, docLabel: doc ? documentLabel(doc) : span.doc };
      this.byKey.set(key, c);
    }
    return c.n;
  }

  refs(spans: Span[]): string {
    return [...new Set(spans.map((s) => this.number(s)))].map((n) => `[^${n}]`).join("");
  }

  list() {
    return [...this.byKey.values()];
  }
}
