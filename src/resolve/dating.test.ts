/**
 * Undated reports dated from their story. Fixtures: short excerpts of ECB+ reports on the Athens riots of December
 * 2008 (topic 19).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseText } from "../nlp/pipeline.js";
import type { Document } from "../types.js";
import { buildDossier } from "./dossier.js";
import { medianDay } from "./dating.js";

const doc = (id: string, text: string, published?: string): Document => ({
  id, source: `${id}.txt`, text, language: "en", removed: [], credits: [],
  ...(published ? { published, publishedFrom: "metadata" as const } : { publishedFrom: "unknown" as const }),
});

const dated = doc("d1", [
  "Greece rocked by more clashes over teenager's shooting",
  "Fresh riots were reported in Greece on Saturday in protest at the killing by police of a 15-year-old boy, Alexandros Grigoropoulos.",
  "Violent clashes broke out in the capital, Athens, following a day of demonstrations against the police.",
].join("\n"), "2008-12-13");
const undated = doc("d2", [
  "Athens vigil ends in violence",
  "Greek rioters attacked shops and banks in Athens on the eighth day of protests following the killing of a teenager by police.",
  "The clashes late on Saturday came after a candle-lit vigil to mark the shooting of 15-year-old Alexandros Grigoropoulos in Athens.",
].join("\n"));

test("an undated report takes its date from the dated reports of its story, as context", () => {
  const d = buildDossier([analyseText(dated), analyseText(undated)]);
  assert.equal(d.stories.find((s) => s.documents.includes("d2"))?.documents.length, 2);
  const d2 = d.documents.find((x) => x.id === "d2")!;
  assert.equal(d2.published, "2008-12-13");
  assert.equal(d2.publishedFrom, "context");
});

test("the relative times of a report dated from its story are read again against that date", () => {
  const d = buildDossier([analyseText(dated), analyseText(undated)]);
  const saturday = d.times.find((t) => t.span.doc === "d2" && /Saturday/.test(undated.text.slice(t.span.start, t.span.end)));
  assert.equal(saturday?.value.start?.slice(0, 10), "2008-12-13");
  // placed only by the guessed date: inferred, so it never contradicts a date a report states
  assert.equal(saturday?.value.inferred, true);
});

test("a report alone in its story stays undated", () => {
  const d = buildDossier([analyseText(undated)]);
  assert.equal(d.documents[0].published, undefined);
  assert.equal(d.documents[0].publishedFrom, "unknown");
});

test("a story's middle date is the median of its dated reports' days", () => {
  assert.equal(medianDay(["2008-12-13", "2008-12-07T10:00:00Z", "2008-12-14"]), "2008-12-13");
  assert.equal(medianDay([]), undefined);
});

test("an event placed only by a story-guessed date keeps that time as inferred", () => {
  const d = buildDossier([analyseText(dated), analyseText(undated)]);
  const clashes = d.events.filter((e) => e.evidence.every((s) => s.doc === "d2") && e.time?.start.startsWith("2008-12-13"));
  assert.ok(clashes.length > 0);
  assert.ok(clashes.every((e) => e.time?.inferred), JSON.stringify(clashes.map((e) => e.summary)));
});
