/**
 * The cited multi-document summary: for each story, its main events in time order, one sentence each, every
 * sentence carrying the evidence spans it rests on; disputed points are marked as such. An event weighs more the
 * more independent outlets carry it and the surer its telling; events that did not happen (negated, hypothetical)
 * stay out.
 */
import type { Cited, Contradiction, Dossier, Event, Story, TimeValue } from "../types.js";
import { timePhrase } from "../events/summary.js";

/** Events per story in the summary. */
export const EVENTS_PER_STORY = 6;

const CERTAINTY_WEIGHT: Record<Event["certainty"], number> = { confirmed: 1.5, reported: 1, claimed: 0.7, disputed: 0.8, denied: 0.3 };

export function citedSummary(d: Pick<Dossier, "events" | "stories" | "contradictions">): Cited[] {
  const out: Cited[] = [];
  for (const story of d.stories) {
    const events = d.events.filter((e) => story.events.includes(e.id) && (e.modality === "asserted" || e.modality === "planned"));
    const main = events
      .map((e) => ({ e, w: weight(e) }))
      .sort((a, b) => b.w - a.w)
      .slice(0, EVENTS_PER_STORY)
      .map((x) => x.e)
      .sort((a, b) => (a.time?.start ?? "9999").localeCompare(b.time?.start ?? "9999"));
    for (const e of main) out.push({ text: sentenceFor(e), evidence: e.evidence });
    out.push(...disagreementsIn(story, d.contradictions));
  }
  return out;
}

/** A sentence that names someone or somewhere, or more than the kind of event ("A request took place." does not). */
const informative = (e: Event): boolean => /\p{Lu}/u.test(e.summary.slice(1)) && !/^\S+( \S+)? took place\.?$/.test(e.summary);

function weight(e: Event): number {
  return (informative(e) ? 1 : 0.3) * (1 + e.independentSources) * CERTAINTY_WEIGHT[e.certainty] * (1 + 0.2 * Math.min(e.evidence.length, 5)) * (e.time && !e.time.inferred ? 1.2 : 1);
}

function sentenceFor(e: Event): string {
  // an event's own summary already says the date it states ("… on 27 February 2022."): not twice
  const day = e.time ? formatDay(e.time) : "";
  const when = day && !e.summary.includes(day) ? `${day}${e.time?.inferred ? " (date inferred)" : ""}: ` : "";
  const text = e.summary.replace(/\.$/, "");
  const status =
    e.certainty === "disputed" ? " (disputed)" :
    e.certainty === "denied" ? " (denied)" :
    e.certainty === "claimed" ? " (claimed, not independently confirmed)" :
    e.modality === "planned" ? " (planned)" : "";
  const outlets = e.independentSources > 1 ? ` Reported by ${e.independentSources} independent outlets.` : "";
  return `${when}${capitalise(text)}${status}.${outlets}`;
}

function disagreementsIn(story: Story, contradictions: Contradiction[]): Cited[] {
  return contradictions
    .filter((c) => c.items.some((it) => story.documents.includes(it.evidence.doc)))
    .map((c) => ({ text: `Disputed: reports disagree on ${c.about} (${c.items.map((it) => it.value).join(" vs ")}).`, evidence: c.items.map((it) => it.evidence) }));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The date of an event as the summary says it, to its precision but never its hour; "" when the report could not anchor it ("XXXX-WXX-7"). */
const formatDay = (t: TimeValue): string =>
  timePhrase({ ...t, precision: t.precision === "hour" || t.precision === "minute" ? "day" : t.precision }).replace(/^(?:on|in) /, "");
