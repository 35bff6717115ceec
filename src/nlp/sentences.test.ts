import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "./sentences.js";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test("a clock time such as '5.00pm' does not end a sentence", () => {
  assert.deepEqual(sentencesOf("At around 5.00pm local time (3.00pm GMT), missiles were launched. Officials confirmed it."), [
    "At around 5.00pm local time (3.00pm GMT), missiles were launched.",
    "Officials confirmed it.",
  ]);
});

test("titles, initials and abbreviations do not end a sentence", () => {
  assert.deepEqual(sentencesOf("Mr. J. K. Smith met Gen. Milley on Feb. 3 in Washington. They spoke."), [
    "Mr. J. K. Smith met Gen. Milley on Feb. 3 in Washington.",
    "They spoke.",
  ]);
});

test("'U.S.' ends a sentence only when a sentence opener follows", () => {
  assert.deepEqual(sentencesOf("He met U.S. officials. He returned to the U.S. The talks began."), [
    "He met U.S. officials.",
    "He returned to the U.S.",
    "The talks began.",
  ]);
});

test("a closing quotation mark stays with the sentence it closes", () => {
  assert.deepEqual(sentencesOf(`"We will not give up." The minister left. She said: 'It is over!' Then silence.`), [
    `"We will not give up."`,
    "The minister left.",
    "She said: 'It is over!'",
    "Then silence.",
  ]);
});

test("a line break ends a headline that has no final period", () => {
  assert.deepEqual(sentencesOf("Talks Underway on Belarus Border\nThe meeting is being held in Gomel."), [
    "Talks Underway on Belarus Border",
    "The meeting is being held in Gomel.",
  ]);
});

test("a quote glued to the speaker's name is not split", () => {
  assert.deepEqual(sentencesOf(`"Those agreements should benefit both sides."Vladimir Medinsky`), [`"Those agreements should benefit both sides."Vladimir Medinsky`]);
});

test("offsets point into the original text", () => {
  const text = "  First one.   Second one.\n\nThird";
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  assert.equal(splitSentences(text).length, 3);
});
