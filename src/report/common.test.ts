import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim, Dossier } from "../types.js";
import { formatWhen, speakerLabel } from "./common.js";

const text = "Yesterday, the police explained that officers shot a 16-year-old in Brooklyn.";
const d = {
  schema: "dossier/1",
  documents: [{ id: "d1", source: "a.txt", publishedFrom: "unknown", language: "en", text, removed: [], credits: [] }],
  entities: [{ id: "e1", name: "NYPD", type: "organization", aliases: ["NYPD"], mentions: [], reasons: [] }],
} as unknown as Dossier;
const claim = (over: Partial<Claim>): Claim =>
  ({ id: "c1", cue: "explained", content: "that officers shot", direct: false, via: [], evidence: { doc: "d1", start: 0, end: text.length }, spans: { content: { doc: "d1", start: 37, end: 55 } }, certainty: "claimed", events: [], ...over }) as Claim;

test("a claim whose speaker is no entity is credited to the words the report uses ('the police'), not left unattributed", () => {
  const c = claim({ spans: { speaker: { doc: "d1", start: 11, end: 21 }, content: { doc: "d1", start: 37, end: 55 } } });
  assert.deepEqual(speakerLabel(d, c), { name: "the police", resolved: false });
});

test("a resolved speaker is named by its entity; a claim with no speaker at all is unattributed", () => {
  assert.deepEqual(speakerLabel(d, claim({ speaker: "e1" })), { name: "NYPD", resolved: true });
  assert.deepEqual(speakerLabel(d, claim({})), { name: "unattributed", resolved: false });
});

test("times a report could not anchor are said in words, not shown as TimeML codes", () => {
  const t = (start: string, timex?: string) => formatWhen({ start, precision: "day", text: "", inferred: false, ...(timex ? { timex } : {}) });
  assert.equal(t("XXXX-WXX-7"), "a Sunday (date not stated)");
  assert.equal(t("XXXX-03-09"), "9 Mar (year not stated)");
  assert.equal(t("XXXX-XX-XX"), "date not stated");
  assert.equal(t("PRESENT_REF"), "now");
  assert.equal(t("2022-02-27T15:00:00Z"), "27 Feb 2022");
});
