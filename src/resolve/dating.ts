/**
 * Undated reports take their date from their story: reports about one developing situation are published within
 * days of each other, so an undated report is placed at the middle of its story's dated reports
 * (`publishedFrom: "context"`), and its relative times ("on Saturday", "a day ago") are read again against that date —
 * as inferred times, since the date they hang on is a guess.
 * A report that already has a date, or a day and month of its own, keeps it.
 */
import type { AnalysedDocument, Story } from "../types.js";
import { timesOf } from "../nlp/pipeline.js";

/** The median of ISO dates (day precision), or undefined for none. */
export function medianDay(dates: string[]): string | undefined {
  const days = dates.map((d) => d.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return days.length ? days[(days.length - 1) >> 1] : undefined;
}

/** Documents with the undated ones dated from their story; the others are returned as they are. */
export function dateFromStories(docs: AnalysedDocument[], stories: Story[]): AnalysedDocument[] {
  const byId = new Map(docs.map((a) => [a.doc.id, a]));
  const dated = new Map<string, string>();
  for (const s of stories) {
    const members = s.documents.map((id) => byId.get(id)).filter((a): a is AnalysedDocument => !!a);
    const day = medianDay(members.flatMap((a) => (a.doc.published ? [a.doc.published] : [])));
    if (!day) continue;
    for (const a of members) if (!a.doc.published && a.doc.publishedFrom === "unknown") dated.set(a.doc.id, day);
  }
  if (!dated.size) return docs;
  return docs.map((a) => {
    const day = dated.get(a.doc.id);
    if (!day) return a;
    const doc = { ...a.doc, published: day, publishedFrom: "context" as const };
    return { ...a, doc, datedFromStory: true, times: markGuessed(a.times, timesOf(doc, a.sentences, a.mentions)) };
  });
}

/**
 * A time that only a guessed publication date could place ("on Saturday" in a report dated from its story) is
 * inferred, not stated: it must not outweigh, or contradict, a date a report states.
 */
function markGuessed(undated: AnalysedDocument["times"], dated: AnalysedDocument["times"]): AnalysedDocument["times"] {
  const stated = new Set(undated.filter((t) => !/X/.test(t.value.start ?? "X")).map((t) => `${t.span.start}:${t.value.start}`));
  return dated.map((t) => (stated.has(`${t.span.start}:${t.value.start}`) ? t : { ...t, value: { ...t.value, inferred: true } }));
}
