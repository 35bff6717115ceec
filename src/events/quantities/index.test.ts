/**
 * Casualty figures as news writes them. Excerpts marked "seed" are from the example reports in examples/; the
 * others are invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuantities } from "./index.js";
import { analysed, textOf } from "../fixture.test-helper.js";

const SEED_FIGURES =
  "While the figure has yet to be confirmed by Russia, Ukrainian officials have estimated that as of today, February 27, more than 4,300 Russian troops have been killed, hundreds more injured, and that roughly 200 Russian soldiers have been taken in as prisoners of war.";

test("'more than 4,300 … killed, hundreds more injured' — two figures, the second counting the same troops — seed", () => {
  const a = analysed(SEED_FIGURES, { Russia: "location", "Ukrainian officials": "group" }, [
    { text: "today", start: "2022-02-27" },
    { text: "February 27", start: "2022-02-27" },
  ]);
  const [killed, injured, captured, ...rest] = extractQuantities(a);
  assert.equal(rest.length, 0);
  assert.deepEqual([killed.kind, killed.text, killed.low, killed.best, killed.of], ["killed", "more than 4,300", 4300, undefined, "Russian troops"]);
  assert.deepEqual([injured.kind, injured.text, injured.low, injured.best, injured.of], ["injured", "hundreds", 200, undefined, "Russian troops"]);
  assert.deepEqual([captured.kind, captured.best, captured.of], ["captured", 200, "Russian soldiers"]);
});

test("a figure 'yet to be confirmed by Russia' is unconfirmed, and its claimant is who estimated it, not Russia — seed", () => {
  const a = analysed(SEED_FIGURES, { Russia: "location", "Ukrainian officials": "group" }, [{ text: "today", start: "2022-02-27" }]);
  for (const q of extractQuantities(a)) {
    assert.equal(q.confirmed, false);
    assert.equal(q.claimant && textOf(a, q.claimant), "Ukrainian officials");
    assert.equal(q.asOf?.start, "2022-02-27");
  }
});

test("'at least 210 Ukrainian civilians have died' — a lower bound, counting civilians — seed", () => {
  const a = analysed("The Ukrainian government estimate that at least 210 Ukrainian civilians have died since the invasion first began four days ago.");
  const [q] = extractQuantities(a);
  assert.deepEqual([q.kind, q.low, q.best, q.of], ["killed", 210, undefined, "Ukrainian civilians"]);
});

test("vague amounts give a lower bound and no invented best guess", () => {
  const a = analysed("Dozens of people were killed. Scores were wounded. Several soldiers were captured. Thousands have been displaced.");
  const qs = extractQuantities(a);
  assert.deepEqual(qs.map((q) => [q.kind, q.low, q.best]), [["killed", 24, undefined], ["injured", 40, undefined], ["captured", 3, undefined], ["displaced", 2000, undefined]]);
});

test("hedges set the bound: nearly and up to are ceilings, about is a best guess, between gives both", () => {
  const a = analysed("Nearly 500 people were injured. Up to 30 are missing. About 12 were killed. Between 10 and 20 people were detained.");
  const qs = extractQuantities(a);
  assert.deepEqual(qs.map((q) => [q.kind, q.low, q.best, q.high]), [
    ["injured", undefined, undefined, 500],
    ["missing", undefined, undefined, 30],
    ["killed", undefined, 12, undefined],
    ["captured", 10, undefined, 20],
  ]);
});

test("'killing 12 people and wounding 30' reads each figure from the verb before it", () => {
  const a = analysed("A bomb exploded in the market, killing 12 people and wounding 30.");
  assert.deepEqual(extractQuantities(a).map((q) => [q.kind, q.best]), [["killed", 12], ["injured", 30]]);
});

test("an age before a casualty verb is no casualty figure: 'The 15-year-old killed by police'", () => {
  assert.deepEqual(extractQuantities(analysed("The 15-year-old killed by police was buried on Tuesday.")), []);
});

test("years, clock times, ages and money are not casualty figures", () => {
  const a = analysed("In 2014, a 45-year-old man paid $300 at 5 pm for 3 years of rent.");
  assert.deepEqual(extractQuantities(a), []);
});

test("'according to X' names the claimant; 'confirmed' by a third party confirms", () => {
  const a = analysed("At least 40 people were killed, according to the health ministry. The UN confirmed that 12 civilians died.", { "health ministry": "organization", UN: "organization" });
  const [first, second] = extractQuantities(a);
  assert.equal(first.claimant && textOf(a, first.claimant), "health ministry");
  assert.equal(first.confirmed, false);
  assert.equal(second.confirmed, true);
  assert.equal(second.claimant && textOf(a, second.claimant), "UN");
});
