import { test } from "node:test";
import assert from "node:assert/strict";
import type { AnalysedDocument, Entity, Quantity } from "../types.js";
import { factContradictions, figureContradictions, groupKey, tellingsOf, type EventTelling } from "./contradictions.js";
import { extractEvents } from "../events/index.js";
import { analysed } from "../events/fixture.test-helper.js";

const q = (text: string, low: number | undefined, best: number | undefined, of: string, doc: string, start: number): Quantity => ({
  kind: "killed", text, ...(low !== undefined ? { low } : {}), ...(best !== undefined ? { best } : {}), of, confirmed: false, span: { doc, start, end: start + text.length },
});
let n = 0;
const nextId = () => `x${++n}`;

test("two outlets giving different death tolls for the same people disagree", () => {
  const out = figureContradictions([q("12", undefined, 12, "civilians", "a", 0), q("30", undefined, 30, "civilians", "b", 5)], nextId);
  assert.equal(out.length, 1);
  assert.equal(out[0].items.length, 2);
});

test("a lower bound ('more than 4,300', 'dozens') agrees with any larger figure and contradicts a smaller one", () => {
  assert.equal(figureContradictions([q("more than 4,300", 4300, undefined, "Russian troops", "a", 0), q("5,000", undefined, 5000, "Russian soldiers", "b", 0)], nextId).length, 0);
  assert.equal(figureContradictions([q("dozens", 24, undefined, "people", "a", 0), q("30", undefined, 30, "people", "b", 0)], nextId).length, 0);
  assert.equal(figureContradictions([q("dozens", 24, undefined, "people", "a", 0), q("three", undefined, 3, "people", "b", 0)], nextId).length, 1);
});

test("troops and soldiers of one nation are the same group; civilians are another", () => {
  assert.equal(groupKey("Russian troops"), groupKey("Russian soldiers"));
  assert.notEqual(groupKey("Ukrainian civilians"), groupKey("Ukrainian soldiers"));
});

// ── facts about one event ──────────────────────────────────────────────────

const place = (id: string, name: string, precision: "city" | "country", country: string): Entity => ({
  id, name, type: "location", aliases: [name], mentions: [], reasons: [], geo: { lat: 0, lon: 0, country, precision },
});
const ENTITIES: Entity[] = [
  place("ru", "Russia", "country", "RU"), place("ua", "Ukraine", "country", "UA"), place("kyiv", "Kyiv", "city", "UA"),
  place("kharkiv", "Kharkiv", "city", "UA"),
  { id: "rf", name: "Russian forces", type: "group", aliases: [], mentions: [], reasons: [] },
  { id: "mod", name: "the Russian defence ministry", type: "organization", aliases: [], mentions: [], reasons: [] },
  { id: "zel", name: "Volodymyr Zelensky", type: "person", aliases: [], mentions: [], reasons: [] },
];
let sentence = 0;
const telling = (doc: string, over: Partial<EventTelling>): EventTelling => ({
  event: "v1", type: "ASSAULT", mode: "missile", word: "struck", pos: "verb", summary: "Russian forces struck Kyiv.",
  evidence: { doc, start: (sentence += 100), end: sentence + 50 }, modality: "asserted", certainty: "reported",
  actors: ["rf"], targets: [], places: [{ entity: "kyiv", role: "target" }],
  time: { start: "2022-03-01", precision: "day", text: "Tuesday", inferred: false }, ...over,
});

test("one report says the strike happened, another that it did not: whether it happened is disputed, with each side's claimant", () => {
  const out = factContradictions([
    telling("a", {}),
    telling("b", { event: "v2", modality: "negated", certainty: "denied", claimant: "mod", summary: "Russian forces did not strike Kyiv." }),
  ], ENTITIES, nextId);
  assert.equal(out.length, 1);
  assert.match(out[0].about, /^whether it happened: Russian forces struck Kyiv/);
  assert.deepEqual(out[0].items.map((i) => [i.evidence.doc, i.value, i.claimant]), [["a", "happened", undefined], ["b", "denied", "mod"]]);
});

test("a denial of a strike on another city does not contradict the strike on Kyiv", () => {
  const out = factContradictions([telling("a", {}), telling("b", { event: "v2", modality: "negated", places: [{ entity: "kharkiv", role: "target" }] })], ENTITIES, nextId);
  assert.equal(out.length, 0);
});

test("blame: one side says Russia fired at Kyiv, the other that Ukraine did", () => {
  const out = factContradictions([
    telling("a", { actors: ["ru"], claimant: "zel" }),
    telling("b", { actors: ["ua"], claimant: "mod" }),
  ], ENTITIES, nextId);
  assert.equal(out.length, 1);
  assert.match(out[0].about, /^who: /);
  assert.deepEqual(out[0].items.map((i) => [i.value, i.claimant]), [["Russia", "zel"], ["Ukraine", "mod"]]);
});

test("'Russian forces' and 'Russia' are the same side: no blame contradiction", () => {
  assert.equal(factContradictions([telling("a", { actors: ["ru"] }), telling("b", { actors: ["rf"] })], ENTITIES, nextId).length, 0);
});

test("the same doer's strike on the same day placed in Kyiv by one report and in Kharkiv by another is a disagreement on where", () => {
  const out = factContradictions([telling("a", {}), telling("b", { places: [{ entity: "kharkiv", role: "target" }] })], ENTITIES, nextId);
  assert.equal(out.length, 1);
  assert.match(out[0].about, /^where: /);
  assert.deepEqual(out[0].items.map((i) => i.value), ["Kyiv", "Kharkiv"]);
});

test("no disagreement on where when a report names both places, one place lies in the other, or the days differ", () => {
  const both = [telling("a", {}), telling("a", { places: [{ entity: "kharkiv", role: "target" }] }), telling("b", { places: [{ entity: "kharkiv", role: "target" }] })];
  assert.equal(factContradictions(both, ENTITIES, nextId).length, 0);
  assert.equal(factContradictions([telling("a", {}), telling("b", { places: [{ entity: "ua", role: "target" }] })], ENTITIES, nextId).length, 0);
  const otherDay = telling("b", { places: [{ entity: "kharkiv", role: "target" }], time: { start: "2022-03-02", precision: "day", text: "Wednesday", inferred: false } });
  assert.equal(factContradictions([telling("a", {}), otherDay], ENTITIES, nextId).length, 0);
});

test("the same figure confirmed by one report and unconfirmed in another is a disagreement on its status", () => {
  const a = { ...q("498", undefined, 498, "Russian soldiers", "a", 0), confirmed: true };
  const b = q("498", undefined, 498, "Russian troops", "b", 10);
  const out = figureContradictions([a, b], nextId);
  assert.equal(out.length, 1);
  assert.match(out[0].about, /confirmed/);
  assert.deepEqual(out[0].items.map((i) => i.value), ["498 (confirmed)", "498 (unconfirmed)"]);
});

/** Two reports read by the event extractor, each mention's event id given by its trigger word, entity ids by name. */
function tellingsFromText(texts: string[], names: Record<string, "group" | "location" | "organization">): EventTelling[] {
  const docs: AnalysedDocument[] = texts.map((t, i) => {
    const a = analysed(t, names, [{ text: "Tuesday", start: "2022-03-01" }].filter((x) => t.includes(x.text)));
    a.doc.id = `r${i}`;
    return a;
  });
  const mentions = docs.flatMap((doc) => extractEvents(doc).map((m) => ({ doc, m })));
  const eventAt = new Map(mentions.map(({ doc, m }) => [`${doc.doc.id}:${m.trigger.start}`, "v1"]));
  const entityOver = (doc: string, start: number, end: number) => docs.find((d) => d.doc.id === doc)!.mentions.find((m) => m.start < end && start < m.end)?.text;
  return tellingsOf(mentions, eventAt, entityOver, []);
}
const NAMED: Entity[] = [
  { id: "Russian forces", name: "Russian forces", type: "group", aliases: [], mentions: [], reasons: [] },
  { ...place("Kyiv", "Kyiv", "city", "UA") },
];

test("from text: a report that Russian forces fired at Kyiv and another that they did not fire at Kyiv disagree", () => {
  const ts = tellingsFromText(["Russian forces fired missiles at Kyiv on Tuesday.", "The ministry said Russian forces did not fire missiles at Kyiv."], { "Russian forces": "group", Kyiv: "location" });
  const out = factContradictions(ts, NAMED, nextId);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].items.map((i) => [i.evidence.doc, i.value]), [["r0", "happened"], ["r1", "did not happen"]]);
});

test("from text: 'will not fire' is a forecast and 'did not … until' a delay, not a denial", () => {
  const later = tellingsFromText(["Russian forces fired missiles at Kyiv on Tuesday.", "Russian forces will not fire missiles at Kyiv again."], { "Russian forces": "group", Kyiv: "location" });
  assert.equal(factContradictions(later, NAMED, nextId).length, 0);
  const until = tellingsFromText(["Russian forces fired missiles at Kyiv on Tuesday.", "Russian forces did not fire missiles at Kyiv until Tuesday."], { "Russian forces": "group", Kyiv: "location" });
  assert.equal(factContradictions(until, NAMED, nextId).length, 0);
});
