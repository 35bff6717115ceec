/**
 * Builds an AnalysedDocument from a text for the event tests: real sentences and tokens, entity mentions and time
 * expressions given by hand (so the tests do not depend on the NER model or the time parser).
 */
import type { AnalysedDocument, EntityMention, EntityType, TimeMention } from "../types.js";
import { splitSentences } from "../nlp/sentences.js";
import { tokenize } from "../nlp/tokenize.js";

export interface HandTime {
  text: string;
  start: string;
  precision?: TimeMention["value"]["precision"];
  inferred?: boolean;
}

export function analysed(text: string, names: Record<string, EntityType> = {}, times: HandTime[] = [], published?: string): AnalysedDocument {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const mentions: EntityMention[] = [];
  // longest names first, so "Russian forces" wins over "Russian"
  for (const [name, type] of Object.entries(names).sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (mentions.some((m) => at < m.end && m.start < at + name.length)) continue;
      if (/\w/.test(text[at - 1] ?? "") || /\w/.test(text[at + name.length] ?? "")) continue;
      mentions.push({ start: at, end: at + name.length, text: name, type });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const timeMentions: TimeMention[] = times.map((t) => {
    const at = text.indexOf(t.text);
    if (at < 0) throw new Error(`time text not found: ${t.text}`);
    return {
      span: { doc: "d", start: at, end: at + t.text.length },
      value: { start: t.start, precision: t.precision ?? (t.start.includes("T") ? "minute" : "day"), text: t.text, inferred: t.inferred ?? false },
      kind: t.start.includes("T") ? "time" : "date",
    };
  });
  return {
    doc: { id: "d", source: "test", text, published, publishedFrom: published ? "user" : "unknown", language: "en", removed: [], credits: [] },
    sentences,
    tokens,
    mentions,
    times: timeMentions,
  };
}

/** The text of a range. */
export const textOf = (a: AnalysedDocument, r: { start: number; end: number }): string => a.doc.text.slice(r.start, r.end);
