import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalysedDocument, TimeValue } from "../types.js";
import type { EventMention } from "../events/index.js";
import { resolveEvents, type MentionRef } from "./events.js";
import { sourceGroups } from "./sources.js";

// Two reports of one story, with hand-made event mentions: the resolver is tested apart from the extractors.
const textA = "Putin put nuclear forces on alert on Sunday. Missiles hit Kharkiv.";
const textB = "Russia's nuclear forces are on combat duty, in accordance with Putin's order a day ago.";
const docOf = (id: string, text: string, published: string): AnalysedDocument => ({
  doc: { id, source: id, text, language: "en", publishedFrom: "metadata", published, removed: [], credits: [], outlet: id === "a" ? "Outlet A" : "Outlet B" },
  sentences: [], tokens: [], mentions: [], times: [],
});
const A = docOf("a", textA, "2022-02-27");
const B = docOf("b", textB, "2022-02-28");
const day = (d: string, inferred = false): TimeValue => ({ start: d, precision: "day", text: d, inferred });
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

function mention(doc: AnalysedDocument, trigger: string, over: Partial<EventMention>): MentionRef {
  const m: EventMention = {
    type: "MOBILIZE", mode: "alert", trigger: at(doc.doc.text, trigger), evidence: { start: 0, end: doc.doc.text.length }, sentence: 0,
    modality: "asserted", actors: [at(doc.doc.text, "Putin")], targets: [], places: [], quantities: [], certainty: "reported",
    summary: trigger, reason: "test", ...over,
  };
  return { doc, m };
}

const ctx = (refs: MentionRef[]) => ({
  entityOver: (doc: string, start: number, end: number) => {
    const text = (doc === "a" ? textA : textB).slice(start, end);
    return /Putin/.test(text) ? "person:putin" : /Kharkiv/.test(text) ? "location:kharkiv" : undefined;
  },
  storyOf: new Map([["a", "s1"], ["b", "s1"]]),
  groups: sourceGroups(refs.map((r) => r.doc.doc).filter((d, i, all) => all.indexOf(d) === i)),
  entities: [],
});

test("a later report that only refers back to an order ('a day ago') joins the event it refers to", () => {
  const refs = [mention(A, "alert", { time: day("2022-02-27") }), mention(B, "order", { time: day("2022-02-27") })];
  const { events } = resolveEvents(refs, ctx(refs));
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].sources.sort(), ["a", "b"]);
  assert.equal(events[0].independentSources, 2);
  assert.ok(events[0].reasons.some((r) => /same participants/.test(r)));
});

test("a time stated for the event wins over one inferred from the report's date", () => {
  const refs = [mention(A, "alert", { time: day("2022-02-27") }), mention(B, "order", { time: undefined })];
  const { events } = resolveEvents(refs, ctx(refs));
  assert.equal(events[0].time?.start, "2022-02-27");
  assert.equal(events[0].time?.inferred, false);
});

test("events of different types are never merged, however alike", () => {
  const refs = [mention(A, "alert", {}), mention(A, "Missiles", { type: "ASSAULT", mode: "missile", actors: [], places: [{ range: at(textA, "Kharkiv"), role: "target" }] })];
  assert.equal(resolveEvents(refs, ctx(refs)).events.length, 2);
});

test("mentions stated on different days are not chained into one event", () => {
  const refs = [
    mention(A, "alert", { time: day("2022-02-27") }),
    mention(B, "order", { time: day("2022-03-05") }),
  ];
  const { events } = resolveEvents(refs, ctx(refs));
  assert.equal(events.length, 2);
});

test("an event reported as fact in one report and hedged in another is 'reported'; one that did happen is asserted", () => {
  const refs = [mention(A, "alert", { certainty: "claimed", modality: "planned" }), mention(B, "order", { certainty: "reported" })];
  const [e] = resolveEvents(refs, ctx(refs)).events;
  assert.equal(e.certainty, "reported");
  assert.equal(e.modality, "asserted");
});
