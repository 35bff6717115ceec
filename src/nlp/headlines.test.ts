import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityMention } from "../types.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { isTitleCase, refineHeadlineMentions } from "./headlines.js";

const tokensOf = (s: string) => tokenize(s, splitSentences(s));

test("a headline that capitalises every word is Title Case; a sentence of running text is not", () => {
  assert.equal(isTitleCase(tokensOf("Lindsay Lohan Checks Into Betty Ford Rehab")), true);
  assert.equal(isTitleCase(tokensOf("Lindsay Lohan checked into the Betty Ford Center on Monday.")), false);
  assert.equal(isTitleCase(tokensOf("Talks Underway on Belarus Border Between Ukraine and Russia as War Continues")), true);
});

test("in a Title Case headline the names of the running text replace the tagger's whole-line mention", () => {
  const text = "Lindsay Lohan Checks Into Betty Ford Rehab\nLindsay Lohan checked into Betty Ford on Monday, her lawyer said.";
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const at = (s: string, from = 0): EntityMention => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s, type: s.startsWith("Lindsay") ? "person" : "organization" };
  };
  const body = text.indexOf("\n");
  const mentions = [{ ...at("Lindsay Lohan Checks Into Betty Ford Rehab"), type: "organization" as const }, at("Lindsay Lohan", body), at("Betty Ford", body)];
  const refined = refineHeadlineMentions(text, sentences, tokens, mentions).filter((m) => m.end <= body);
  assert.deepEqual(refined.map((m) => [m.text, m.type]), [["Lindsay Lohan", "person"], ["Betty Ford", "organization"]]);
});

test("text without Title Case lines keeps the tagger's mentions untouched", () => {
  const text = "Putin met Lukashenko in Minsk.";
  const sentences = splitSentences(text);
  const m: EntityMention[] = [{ start: 0, end: 5, text: "Putin", type: "person" }];
  assert.equal(refineHeadlineMentions(text, sentences, tokenize(text, sentences), m), m);
});
