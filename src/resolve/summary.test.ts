import { test } from "node:test";
import assert from "node:assert/strict";
import type { Event } from "../types.js";
import { citedSummary } from "./summary.js";

const event = (id: string, summary: string, time: Event["time"], over: Partial<Event> = {}): Event => ({
  id, type: "ASSAULT", summary, modality: "asserted", ...(time ? { time } : {}), places: [], actors: [], targets: [], quantities: [],
  triggers: [], evidence: [{ doc: "d1", start: 0, end: 10 }], sources: ["d1"], independentSources: 1, certainty: "reported", reasons: [], ...over,
});

test("an event summary that states its date is not prefixed with the date again; an inferred date is marked", () => {
  const stated = event("v1", "Russian forces carried out rocket strikes on Kharkiv on 28 February 2022.", { start: "2022-02-28", precision: "day", text: "The same day", inferred: false });
  const inferred = event("v2", "Talks were held in Gomel.", { start: "2022-02-28", precision: "day", text: "", inferred: true });
  const out = citedSummary({ events: [stated, inferred], stories: [{ id: "s1", title: "t", documents: ["d1"], events: ["v1", "v2"] }], contradictions: [] });
  assert.equal(out[0].text, "Russian forces carried out rocket strikes on Kharkiv on 28 February 2022.");
  assert.equal(out[1].text, "28 February 2022 (date inferred): Talks were held in Gomel.");
});

test("a disputed event is marked as disputed in the summary, and a disagreement is told with its sides", () => {
  const disputed = event("v1", "Russian forces struck Kyiv on 1 March 2022.", { start: "2022-03-01", precision: "day", text: "Tuesday", inferred: false }, { certainty: "disputed" });
  const out = citedSummary({
    events: [disputed],
    stories: [{ id: "s1", title: "t", documents: ["d1"], events: ["v1"] }],
    contradictions: [{ id: "x1", about: "whether it happened: Russian forces struck Kyiv", items: [{ value: "happened", evidence: { doc: "d1", start: 0, end: 10 } }, { value: "denied", evidence: { doc: "d1", start: 20, end: 30 } }] }],
  });
  assert.equal(out[0].text, "Russian forces struck Kyiv on 1 March 2022 (disputed).");
  assert.match(out[1].text, /^Disputed: reports disagree on whether it happened: Russian forces struck Kyiv \(happened vs denied\)\.$/);
});

test("a story's summary prefers events that name someone or somewhere over 'A request took place.'", () => {
  const vague = event("v1", "A request took place.", undefined, { independentSources: 2 });
  const named = (i: number) => event(`n${i}`, `Police in Athens arrested protester number ${i}.`, undefined);
  const events = [vague, ...Array.from({ length: 6 }, (_, i) => named(i))];
  const out = citedSummary({ events, stories: [{ id: "s1", title: "t", documents: ["d1"], events: events.map((e) => e.id) }], contradictions: [] });
  assert.equal(out.length, 6);
  assert.ok(!out.some((c) => /request/.test(c.text)));
});
