import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalysedDocument, TimeValue } from "../types.js";
import type { EventMention } from "../events/index.js";
import { resolveEvents, restateTime, type MentionRef } from "./events.js";
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
  const refs = [mention(A, "alert", { time: day("2022-02-27") }), mention(B, "combat duty", { time: undefined, reason: "noun trigger 'alert' (MOBILIZE/alert)" })];
  const { events } = resolveEvents(refs, ctx(refs));
  assert.equal(events[0].time?.start, "2022-02-27");
  assert.equal(events[0].time?.inferred, false);
});

test("events of different types named by unrelated words are not merged", () => {
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
  const refs = [
    mention(A, "alert", { certainty: "claimed", modality: "planned", time: day("2022-02-27") }),
    mention(B, "order", { certainty: "reported", time: day("2022-02-27") }),
  ];
  const [e] = resolveEvents(refs, ctx(refs)).events;
  assert.equal(e.certainty, "reported");
  assert.equal(e.modality, "asserted");
});

// Invented reports of one climbing accident and of a shelling (no real events), for the trigger-word rules.
const quakeA = "An earthquake of magnitude 6.1 shook Napa on Sunday. The quake damaged wineries in Napa.";
const quakeB = "Napa residents cleaned up after the Sunday tremor; one man died in Napa.";
const quakeC = "A woman's death in Napa was blamed on falling bricks.";
const Q1 = docOf("q1", quakeA, "2014-08-24"), Q2 = docOf("q2", quakeB, "2014-08-25"), Q3 = docOf("q3", quakeC, "2014-08-25");
const place = (doc: AnalysedDocument) => ({ places: [{ range: at(doc.doc.text, "Napa"), role: "area" as const }], actors: [] });
const napaCtx = (refs: MentionRef[]) => ({
  entityOver: (doc: string, start: number, end: number) => {
    const text = [Q1, Q2, Q3, S1, S2].find((d) => d.doc.id === doc)!.doc.text.slice(start, end);
    return /Napa/.test(text) ? "location:napa" : /Kharkiv/.test(text) ? "location:kharkiv" : undefined;
  },
  storyOf: new Map([["q1", "s1"], ["q2", "s1"], ["q3", "s1"], ["k1", "s2"], ["k2", "s2"]]),
  groups: sourceGroups(refs.map((r) => r.doc.doc).filter((d, i, all) => all.indexOf(d) === i)),
  entities: [],
});
const quake = (doc: AnalysedDocument, word: string, lemmaWord: string, over: Partial<EventMention> = {}) =>
  mention(doc, word, { type: "DISASTER", mode: "earthquake", reason: `noun trigger '${lemmaWord}' (DISASTER/earthquake)`, ...place(doc), ...over });

test("'earthquake', 'the quake' and 'tremor' in reports of one story are one earthquake", () => {
  const refs = [quake(Q1, "earthquake", "earthquake", { sentence: 0 }), quake(Q1, "quake", "quake", { sentence: 1 }), quake(Q2, "tremor", "tremor")];
  const { events } = resolveEvents(refs, napaCtx(refs));
  assert.equal(events.length, 1);
  assert.equal(events[0].triggers.length, 3);
  assert.ok(events[0].reasons.some((r) => /words of one family/.test(r)), events[0].reasons.join("; "));
});

test("'died' told as an accident and 'death' told as a killing's outcome are one death when their words are kin", () => {
  const refs = [
    mention(Q2, "died", { type: "ACCIDENT", mode: "death", reason: "verb trigger 'die' (outcome)", ...place(Q2) }),
    mention(Q3, "death", { type: "ASSAULT", mode: "kill", reason: "noun trigger 'death' (outcome)", ...place(Q3) }),
  ];
  assert.equal(resolveEvents(refs, napaCtx(refs)).events.length, 1);
});

test("an earthquake and the death it caused are two events, though told side by side", () => {
  const refs = [quake(Q2, "tremor", "tremor"), mention(Q2, "died", { type: "DISASTER", mode: "earthquake", reason: "verb trigger 'die' (outcome)", ...place(Q2) })];
  assert.equal(resolveEvents(refs, napaCtx(refs)).events.length, 2);
});

const shellA = "Russian shelling hit Kharkiv on 1 March 2022.";
const shellB = "Russian shelling hit Kharkiv again on 3 March 2022.";
const S1 = { ...docOf("k1", shellA, "2022-03-01"), doc: { ...docOf("k1", shellA, "2022-03-01").doc, outlet: "Outlet K" } };
const S2 = docOf("k2", shellB, "2022-03-03");

test("shelling of one city told in the same words on two dates written out is two events", () => {
  const shelling = (doc: AnalysedDocument, d: string) =>
    mention(doc, "shelling", { type: "ASSAULT", mode: "artillery", reason: "noun trigger 'shelling' (ASSAULT/artillery)", actors: [], places: [{ range: at(doc.doc.text, "Kharkiv"), role: "target" }], time: { ...day(d), text: d.slice(8) + " March 2022" } });
  const refs = [shelling(S1, "2022-03-01"), shelling(S2, "2022-03-03")];
  const { events } = resolveEvents(refs, napaCtx(refs));
  assert.equal(events.length, 2);
});

test("the same shelling told in the same words without dates in two reports of a story is one event", () => {
  const shelling = (doc: AnalysedDocument) =>
    mention(doc, "shelling", { type: "ASSAULT", mode: "artillery", reason: "noun trigger 'shelling' (ASSAULT/artillery)", actors: [], places: [{ range: at(doc.doc.text, "Kharkiv"), role: "target" }] });
  const refs = [shelling(S1), shelling(S2)];
  const { events } = resolveEvents(refs, napaCtx(refs));
  assert.equal(events.length, 1);
  assert.ok(events[0].reasons[0].includes("named by the same word"));
});

test("one word for two kinds of happening is two events: 'launched missiles' and 'launched the invasion'", () => {
  const refs = [mention(A, "alert", { type: "ASSAULT", mode: "missile", reason: "verb trigger 'launch'" }), mention(B, "order", { type: "ASSAULT", mode: "invasion", reason: "verb trigger 'launch'" })];
  assert.equal(resolveEvents(refs, ctx(refs)).events.length, 2);
});

test("a merged event's sentence says the event's chosen time, not the lead report's", () => {
  const told = { start: "2013-03-12", precision: "day" as const, text: "Tuesday", inferred: false };
  const chosen = { start: "2013-03-11", precision: "day" as const, text: "Monday", inferred: false };
  assert.equal(restateTime("Riots erupted in Brooklyn on 12 March 2013.", told, chosen), "Riots erupted in Brooklyn on 11 March 2013.");
  assert.equal(restateTime("Riots erupted in Brooklyn on 12 March 2013.", told, undefined), "Riots erupted in Brooklyn.");
  assert.equal(restateTime("Riots erupted in Brooklyn.", told, chosen), "Riots erupted in Brooklyn.");
});
