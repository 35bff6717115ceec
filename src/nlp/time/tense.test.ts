// The tense a dateless weekday or month is read in. Fixtures are invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tenseAt } from "./tense.js";
import { extractTimes } from "./index.js";

/** The tense governing the first occurrence of `expr` in `sentence`. */
function tenseOf(sentence: string, expr: string) {
  const at = sentence.indexOf(expr);
  assert.ok(at >= 0, `${expr} not in ${sentence}`);
  return tenseAt(sentence, 0, sentence.length, at, at + expr.length);
}

const valueOf = (text: string, published: string, re: RegExp): string | undefined =>
  extractTimes(text, [], { docId: "d", published }).find((t) => re.test(t.value.text))?.value.timex;

test("reads a deadline told in the past perfect ('had been due to expire Friday') as a day already gone", () => {
  assert.equal(tenseOf("The bid had been due to expire Friday evening.", "Friday evening"), "past");
  assert.equal(tenseOf("The vote was scheduled to take place Tuesday.", "Tuesday"), "past");
  // published on a Monday: the Friday is the one just gone, not the next
  assert.equal(valueOf("The bid had been due to expire Friday.", "2001-03-12", /Friday/), "2001-03-09");
});

test("reads dates after 'payable', 'effective', 'of record' and 'extended to' as ahead of the announcement", () => {
  assert.equal(tenseOf("The board declared a dividend, payable Dec. 7 to holders of record Nov. 20.", "Dec. 7"), "future");
  assert.equal(tenseOf("The board declared a dividend, payable Dec. 7 to holders of record Nov. 20.", "Nov. 20"), "future");
  assert.equal(tenseOf("The bank named a new chairman, effective Feb. 1.", "Feb. 1"), "future");
  assert.equal(valueOf("The bank named a new chairman, effective Feb. 1.", "2003-10-20", /Feb/), "2004-02-01");
});

test("does not let a past-participle adjective ('preferred shares') outvote the 'will' of the clause", () => {
  assert.equal(tenseOf("The utility said it will redeem its preferred shares on Dec. 31.", "Dec. 31"), "future");
  assert.equal(tenseOf("The split would be paid on an unspecified date in January.", "January"), "future");
});

test("reads a clause without any verb cue as past reporting, not as the future", () => {
  assert.equal(tenseOf("On June 30, reserves stood at $10 million.", "June 30"), "past");
  assert.equal(valueOf("On June 30, reserves stood at $10 million.", "2005-10-26", /June/), "2005-06-30");
});

test("dates a weekday by the verb it follows rather than by a later clause ('warned Thursday that strikes could ...')", () => {
  assert.equal(tenseOf("The minister warned on Thursday that air strikes could harm relations.", "Thursday"), "past");
  assert.equal(tenseOf("The two leaders will meet Thursday, officials said.", "Thursday"), "future");
});

test("reads a scheduling verb in the present right before a weekday ('meet separately Monday') as the future", () => {
  assert.equal(tenseOf("The two leaders meet separately Monday with the envoy.", "Monday"), "future");
  assert.equal(valueOf("The two leaders meet separately Monday with the envoy.", "1999-05-07", /Monday/), "1999-05-10");
});

test("does not take 'announced plans to' for the future: the plan is a noun of a past announcement", () => {
  assert.equal(tenseOf("In September, the company announced plans to buy a rival.", "September"), "past");
});

test("reads a weekday that names a deadline ('by the Tuesday deadline') by the verb's tense, not as a plan", () => {
  // published on a Thursday: the Tuesday deadline has passed
  assert.equal(valueOf("Holders tendered 99% of the shares by the Tuesday deadline.", "2001-03-15", /Tuesday/), "2001-03-13");
  assert.equal(valueOf("Holders tendered 99% of the shares before Tuesday's deadline.", "2001-03-15", /Tuesday/), "2001-03-13");
});

test("reads 'until Thursday' over a past perfect ('they had not named him') as a day already gone", () => {
  // published on a Friday
  assert.equal(valueOf("Until Thursday, the police had not named him a suspect.", "2001-03-16", /Thursday/), "2001-03-15");
  assert.equal(valueOf("The talks are suspended until Thursday.", "2001-03-16", /Thursday/), "2001-03-22");
});

test("reads a weekday in the possessive ('Wednesday's ruling') as a day gone, whatever the modal around it", () => {
  // published on a Friday
  assert.equal(valueOf("The family said they would fight Wednesday's ruling in court.", "2001-03-16", /Wednesday/), "2001-03-14");
  assert.equal(valueOf("Crowds will gather ahead of Sunday's election.", "2001-03-16", /Sunday/), "2001-03-18");
});
