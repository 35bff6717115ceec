import { test } from "node:test";
import assert from "node:assert/strict";
import type { Document } from "../types.js";
import { independentCount, sourceGroups } from "./sources.js";

const doc = (id: string, text: string, extra: Partial<Document> = {}): Document => ({
  id, source: id, text, language: "en", publishedFrom: "unknown", removed: [], credits: [], ...extra,
});

const STORY =
  "A fire destroyed a warehouse at the port of Rotterdam on Tuesday night, the city's fire brigade said on Wednesday. " +
  "No one was injured, but about 40 workers were evacuated from neighbouring buildings, a spokeswoman said.";

test("a reprint of the same text by another site counts once", () => {
  const g = sourceGroups([doc("a", STORY, { outlet: "Example Times" }), doc("b", "Breaking\n" + STORY, { outlet: "Other Daily" })]);
  assert.equal(independentCount(["a", "b"], g), 1);
  assert.ok([...g.reasons.values()].flat().some((r) => /reprint/.test(r)));
});

test("wire copy credited to an outlet counts with that outlet", () => {
  const g = sourceGroups([
    doc("a", "Rescue teams searched for missing people in Valencia on Wednesday.", { outlet: "Reuters" }),
    doc("b", "Teams were still searching the flooded towns near Valencia late on Wednesday.", { outlet: "Local News", credits: ["Reuters"] }),
  ]);
  assert.equal(independentCount(["a", "b"], g), 1);
});

test("two outlets writing their own reports are two sources; unknown outlets count each as their own", () => {
  const g = sourceGroups([
    doc("a", "Rescue teams searched for missing people in Valencia on Wednesday.", { outlet: "Reuters" }),
    doc("b", "Floods in eastern Spain left roads closed and trains suspended, officials said.", { outlet: "BBC News" }),
    doc("c", "The regional government asked residents to stay at home."),
  ]);
  assert.equal(independentCount(["a", "b", "c"], g), 3);
});

test("two reports from one outlet are one source", () => {
  const g = sourceGroups([doc("a", "First report on the floods.", { outlet: "BBC News" }), doc("b", "A later, different report.", { outlet: "BBC News" })]);
  assert.equal(independentCount(["a", "b"], g), 1);
});
