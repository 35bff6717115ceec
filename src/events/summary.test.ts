/**
 * Event summaries: one plain sentence saying who did what to whom, where and when. Excerpts marked "seed" are from
 * the example reports; "ECB+" from the ECB+ corpus (CC BY 3.0, topic 12); the others are invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvents } from "./index.js";
import { analysed, textOf } from "./fixture.test-helper.js";
import type { AnalysedDocument } from "../types.js";
import { timePhrase } from "./summary.js";

const summaryOf = (a: AnalysedDocument, trigger: string) => {
  const e = extractEvents(a).find((x) => textOf(a, x.trigger).toLowerCase() === trigger.toLowerCase());
  assert.ok(e, `no event on "${trigger}"`);
  return e.summary;
};

/** A pronoun or description mention referring back to the first occurrence of `antecedent`. */
function refer(a: AnalysedDocument, word: string, antecedent: string, occurrence = 0): void {
  const target = a.mentions.find((m) => m.text === antecedent)!;
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = a.doc.text.indexOf(word, at + 1);
  a.mentions.push({ start: at, end: at + word.length, text: word, type: target.type, refersTo: { start: target.start, end: target.end } });
  a.mentions.sort((x, y) => x.start - y.start);
}

test("who fired what at which place, from where and when: the doer, the weapon, target, origin and the date", () => {
  const a = analysed("Russian forces fired missiles at Zhytomyr from Belarus on Sunday.", { "Russian forces": "group", Zhytomyr: "location", Belarus: "location" }, [{ text: "Sunday", start: "2022-02-27" }]);
  assert.equal(summaryOf(a, "fired"), "Russian forces fired missiles at Zhytomyr from Belarus on 27 February 2022.");
});

test("a passive with 'by' is told with the doer first: 'the town was shelled by Russian forces'", () => {
  const a = analysed("The town was shelled by Russian forces on Sunday.", { "Russian forces": "group" }, [{ text: "Sunday", start: "2022-03-06" }]);
  assert.equal(summaryOf(a, "shelled"), "Russian forces shelled the town on 6 March 2022.");
});

test("a passive with 'by' keeps its modality: 'will be shelled' → 'will shell'", () => {
  const a = analysed("The port will be shelled by the navy.", { navy: "organization" });
  assert.equal(summaryOf(a, "shelled"), "The navy will shell the port.");
});

test("'three boats were captured by INS Sukanya' — ECB+", () => {
  const a = analysed("After a brief skirmish, two of them managed to flee the area but three boats were captured by INS Sukanya, the statement said.", { "INS Sukanya": "organization" });
  assert.equal(summaryOf(a, "captured"), "INS Sukanya captured three boats.");
});

test("a passive without its doer keeps the weapon as subject — seed", () => {
  const a = analysed("Iskander missiles were launched from Belarus into Ukraine amid Russia's ongoing invasion of the country.", { "Iskander missiles": "weapon", Belarus: "location", Ukraine: "location", Russia: "location" });
  assert.equal(summaryOf(a, "launched"), "Iskander missiles were launched from Belarus into Ukraine.");
});

test("a pronoun subject is replaced by the person it refers to, with the fullest form of the name", () => {
  const a = analysed("Vladimir Putin spoke to generals on Sunday. Putin later met Lukashenko. He accused NATO of aggression.", { "Vladimir Putin": "person", Putin: "person", Lukashenko: "person", NATO: "organization" });
  refer(a, "He", "Putin");
  assert.equal(summaryOf(a, "accused"), "Vladimir Putin accused NATO of aggression.");
});

test("a nominal trigger with the verb that does it stays as written — seed", () => {
  const a = analysed("The same day, dozens of people were killed after Russian forces carried out rocket strikes on the Ukrainian city of Kharkiv.", { "Russian forces": "group", Kharkiv: "location" }, [{ text: "The same day", start: "2022-02-28" }]);
  assert.equal(summaryOf(a, "strikes"), "Russian forces carried out rocket strikes on the Ukrainian city of Kharkiv on 28 February 2022.");
  assert.equal(summaryOf(a, "killed"), "Dozens of people were killed on 28 February 2022.");
});

test("a possessive doer of a nominal trigger becomes the subject of a verb: 'Russia's invasion of Ukraine'", () => {
  const a = analysed("Russia's invasion of Ukraine entered its fifth day.", { Russia: "location", Ukraine: "location" });
  assert.equal(summaryOf(a, "invasion"), "Russia launched the invasion of Ukraine.");
});

test("a nominal trigger without a verb gets one: 'the missile attack on Kyiv by Russian forces'", () => {
  const a = analysed("Three people died in the missile attack on Kyiv by Russian forces.", { Kyiv: "location", "Russian forces": "group" });
  assert.equal(summaryOf(a, "attack"), "A missile attack on Kyiv by Russian forces was carried out.");
});

test("a call for two things names both; each called-for thing is told on its own — seed", () => {
  const a = analysed("Ukraine on Monday called for an immediate ceasefire and the withdrawal of Russian forces.", { Ukraine: "location", "Russian forces": "group" }, [{ text: "Monday", start: "2022-02-28" }]);
  assert.equal(summaryOf(a, "called for"), "Ukraine called for an immediate ceasefire and the withdrawal of Russian forces on 28 February 2022.");
  assert.equal(summaryOf(a, "ceasefire"), "An immediate ceasefire could be declared on 28 February 2022.");
});

test("coordinated verbs share their subject: 'rebels shelled and captured the town'", () => {
  const a = analysed("Rebels shelled and captured the town.", { Rebels: "group" });
  const captured = extractEvents(a).find((e) => textOf(a, e.trigger) === "captured")!;
  assert.deepEqual(captured.actors.map((r) => textOf(a, r)), ["Rebels"]);
  assert.equal(captured.summary, "Rebels captured the town.");
});

test("a figure before the people it counts stays in the subject — seed", () => {
  const a = analysed("Ukrainian officials have estimated that more than 4,300 Russian troops have been killed.", { "Ukrainian officials": "group", "Russian troops": "group" });
  assert.equal(summaryOf(a, "killed"), "More than 4,300 Russian troops have been killed.");
});

test("an event with no participant named is still a sentence, not a bare noun — seed", () => {
  const a = analysed("This means they've brought death somewhere... so this is the kind of ceasefire we have?");
  for (const e of extractEvents(a)) {
    assert.match(e.summary, /^[A-Z].* (was|were|is|are|took|did|will|could|has|have)\b.*\.$/, e.summary);
    assert.doesNotMatch(e.summary, /\bwe\b/);
  }
});

test("times are told as dates, clock times with their zone", () => {
  assert.equal(timePhrase({ start: "2022-02-27T15:00Z", precision: "minute", text: "", inferred: false }), "at 15:00 UTC on 27 February 2022");
  assert.equal(timePhrase({ start: "2022-02-27", precision: "day", text: "", inferred: false }), "on 27 February 2022");
  assert.equal(timePhrase({ start: "2022-03", precision: "month", text: "", inferred: false }), "in March 2022");
});

test("a subject that names no entity is kept as written: 'The teenager was shot and killed by police' — ECB+-like", () => {
  const a = analysed("The teenager was shot and killed by police in Athens.", { Athens: "location" });
  assert.equal(summaryOf(a, "killed"), "The teenager was shot and killed by police in Athens.");
});

test("an apposition between subject and verb is skipped: 'Police Chief Scott Russell, 46, was injured'", () => {
  const a = analysed("Police Chief Scott Russell, 46, was injured.", {});
  assert.equal(summaryOf(a, "injured"), "Police Chief Scott Russell, 46, was injured.");
});
